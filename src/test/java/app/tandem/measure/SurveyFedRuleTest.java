package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.measure.SurveyFedRule.Computed;
import app.tandem.measure.SurveyFedRule.Method;
import app.tandem.measure.SurveyFedRule.Tally;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyFedRuleTest {

    static final Map<String, Long> AGREE = Map.of("strongly_agree", 30L, "agree", 45L, "neither", 10L, "disagree", 10L,
            "strongly_disagree", 5L);

    @Test
    void percent_choosing_agree_or_strongly_agree_over_everyone_who_answered() {
        Computed c = SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("agree", "strongly_agree"),
                new Tally(100, AGREE, null)).orElseThrow();

        assertThat(c.value()).isEqualByComparingTo("75");
        assertThat(c.respondents()).isEqualTo(100);
    }

    @Test
    void prefer_not_to_say_is_left_out_of_n_and_the_denominator() {
        Map<String, Long> counts = Map.of("yes", 60L, "no", 30L, SurveyFedRule.PREFER_NOT_TO_SAY, 10L);

        Computed c = SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("yes", SurveyFedRule.PREFER_NOT_TO_SAY),
                new Tally(90, counts, null))
                .orElseThrow();

        assertThat(c.respondents()).isEqualTo(90);
        assertThat(c.value()).isEqualByComparingTo("66.67");
    }

    @Test
    void percentages_round_half_up_to_two_places() {
        Computed c = SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("yes"),
                new Tally(3, Map.of("yes", 2L, "no", 1L), null)).orElseThrow();

        assertThat(c.value()).isEqualTo(new BigDecimal("66.67"));
    }

    @Test
    void mean_takes_the_tally_mean_to_two_places() {
        Computed c = SurveyFedRule.compute(Method.MEAN, List.of(), new Tally(4, Map.of(), new BigDecimal("7.125")))
                .orElseThrow();

        assertThat(c.value()).isEqualTo(new BigDecimal("7.13"));
        assertThat(c.respondents()).isEqualTo(4);
    }

    @Test
    void count_without_options_is_the_respondents_and_with_options_those_choosing_them() {
        assertThat(SurveyFedRule.compute(Method.COUNT, List.of(), new Tally(100, AGREE, null)).orElseThrow().value())
                .isEqualByComparingTo("100");
        assertThat(SurveyFedRule.compute(Method.COUNT, List.of("disagree", "strongly_disagree"), new Tally(100, AGREE, null))
                .orElseThrow().value()).isEqualByComparingTo("15");
    }

    @Test
    void nobody_answering_gives_no_value_rather_than_zero() {
        assertThat(SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("agree"), new Tally(0, Map.of(), null))).isEmpty();
        assertThat(SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("agree"),
                new Tally(0, Map.of(SurveyFedRule.PREFER_NOT_TO_SAY, 4L), null))).isEmpty();
        assertThat(SurveyFedRule.compute(Method.MEAN, List.of(), new Tally(5, Map.of(), null))).isEmpty();
    }

    @Test
    void a_multiple_choice_overlap_never_goes_above_everyone() {
        Computed c = SurveyFedRule.compute(Method.PERCENT_CHOOSING, List.of("a", "b"),
                new Tally(10, Map.of("a", 8L, "b", 7L), null)).orElseThrow();

        assertThat(c.value()).isEqualByComparingTo("100");
    }
}

package app.tandem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.plan.StatusScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heading normaliser, status words and the formula neutraliser, without Spring. */
class ImporterRulesTest {

    @Test
    void headings_as_plans_write_them_are_recognised() {
        assertThat(TandemField.suggest("Likely hood")).isEqualTo(TandemField.LIKELIHOOD);
        assertThat(TandemField.suggest("  LIKELIHOOD: ")).isEqualTo(TandemField.LIKELIHOOD);
        assertThat(TandemField.suggest("Co-dependent organisations")).isEqualTo(TandemField.CO_DEPENDENT);
        assertThat(TandemField.suggest("Lead Organization")).isEqualTo(TandemField.LEAD_ORGANISATION);
        assertThat(TandemField.suggest("There is a risk that...")).isEqualTo(TandemField.RISK);
        assertThat(TandemField.suggest("Which would result in....")).isEqualTo(TandemField.RESULT_IN);
        assertThat(TandemField.suggest("Comment from SEND inspection")).isEqualTo(TandemField.PRIORITY);
        assertThat(TandemField.suggest("No.")).isEqualTo(TandemField.PRIORITY_REF);
        assertThat(TandemField.suggest("Action Health")).isEqualTo(TandemField.HEALTH_ACTION);
        assertThat(TandemField.suggest("Action LA")).isEqualTo(TandemField.LA_ACTION);
        assertThat(TandemField.suggest("BRAG status")).isEqualTo(TandemField.STATUS);
        assertThat(TandemField.suggest("RAGB")).isEqualTo(TandemField.STATUS);
        assertThat(TandemField.suggest("Key milestones")).isEqualTo(TandemField.MILESTONE);
        assertThat(TandemField.suggest("End date (planned)")).isEqualTo(TandemField.END);
        assertThat(TandemField.suggest("Favourite colour")).isEqualTo(TandemField.IGNORE);
    }

    @Test
    void a_second_overall_score_is_the_revised_score_and_deadline_beside_milestones_is_theirs() {
        assertThat(TandemField.suggestAll(List.of("Consequence", "Overall score", "Revised Likelihood", "Overall score")))
                .containsExactly(TandemField.CONSEQUENCE, TandemField.SCORE, TandemField.REVISED_LIKELIHOOD,
                        TandemField.REVISED_SCORE);
        assertThat(TandemField.suggestAll(List.of("Ref", "Action", "Key milestones", "Deadline")))
                .containsExactly(TandemField.REF, TandemField.ACTION, TandemField.MILESTONE, TandemField.MILESTONE_DEADLINE);
        assertThat(TandemField.suggestAll(List.of("Action", "Deadline"))).containsExactly(TandemField.ACTION, TandemField.END);
    }

    @Test
    void status_words_map_to_the_plans_scheme() {
        StatusWords words = new StatusWords(StatusScheme.brag());
        assertThat(words.read("Completed")).isEqualTo(new StatusWords.Match("Blue", false));
        assertThat(words.read("blue")).isEqualTo(new StatusWords.Match("Blue", false));
        assertThat(words.read("On track")).isEqualTo(new StatusWords.Match("Green", false));
        assertThat(words.read("Delayed/Not started")).isEqualTo(new StatusWords.Match("Red", false));
        assertThat(words.read("Green?")).isEqualTo(new StatusWords.Match("Green", true));
        assertThat(words.read("AMBER")).isEqualTo(new StatusWords.Match("Amber", false));
        assertThat(words.read("Purple")).isEqualTo(new StatusWords.Match(null, true));
        assertThat(words.read("")).isEqualTo(new StatusWords.Match(null, false));
    }

    @Test
    void status_words_follow_a_scheme_with_its_own_words() {
        StatusScheme own = new StatusScheme(List.of(
                new StatusScheme.StatusOption("Completed", "#1d70b8", "Done", true),
                new StatusScheme.StatusOption("On track", "#00703c", "", false),
                new StatusScheme.StatusOption("At risk of delay", "#b35900", "", false),
                new StatusScheme.StatusOption("Delayed or not started", "#d4351c", "", false)));
        StatusWords words = new StatusWords(own);
        assertThat(words.read("Blue").label()).isEqualTo("Completed");
        assertThat(words.read("green").label()).isEqualTo("On track");
        assertThat(words.read("Amber").label()).isEqualTo("At risk of delay");
        assertThat(words.read("Red").label()).isEqualTo("Delayed or not started");
    }

    @Test
    void cells_that_look_like_formulas_are_neutralised() {
        assertThat(CellSafety.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CellSafety.neutralise("+44 20")).isEqualTo("'+44 20");
        assertThat(CellSafety.neutralise("-1")).isEqualTo("'-1");
        assertThat(CellSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellSafety.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CellSafety.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CellSafety.neutralise("On track")).isEqualTo("On track");
        assertThat(CellSafety.neutralise(null)).isEmpty();
    }

    @Test
    void a_long_finding_gets_its_first_sentence_as_title() {
        assertThat(DraftAssembler.shortTitle("Gaps in therapy. Some providers struggle.")).isEqualTo("Gaps in therapy.");
        assertThat(DraftAssembler.shortTitle("x ".repeat(400)).length()).isLessThanOrEqualTo(301);
    }
}

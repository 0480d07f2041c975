package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.SurveyFedRule;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.SurveySummary;
import app.tandem.survey.SurveyViews.WaveView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 item 6: Northmere has a parents' survey and a young people's easy-read survey, two waves
 * each (last closed period and the open one) with 300 responses each, feeding COM 2, COM 3 and COM 7,
 * whose values are exactly what the kept counts give; the rest of seed 003's table is officer-entered.
 */
class SurveyResultsDemoDataTest extends TandemSpringTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    MeasureService measures;

    @Autowired
    PlanService plans;

    @Test
    void two_surveys_with_two_waves_of_300_feed_three_measures_beside_the_officer_ones() throws Exception {
        login(NORTHMERE_ADMIN);
        long planId = plans.listPlans().getFirst().id();
        List<SurveySummary> list = surveys.surveysOfPlan(planId);
        SurveySummary parents = list.stream().filter(s -> s.title().equals("Parents’ and carers’ satisfaction survey"))
                .findFirst().orElseThrow();
        SurveySummary young = list.stream().filter(s -> s.title().equals("Your say: young people’s survey")).findFirst()
                .orElseThrow();
        assertThat(parents.audience()).isEqualTo(Audience.PARENTS_CARERS);
        assertThat(young.audience()).isEqualTo(Audience.YOUNG_PEOPLE);
        assertThat(young.easyRead()).isTrue();
        for (SurveySummary s : List.of(parents, young)) {
            assertThat(s.waves()).hasSize(2).allSatisfy(w -> {
                assertThat(w.responseCount()).isEqualTo(SurveyResultsDemoData.RESPONSES_PER_WAVE);
                assertThat(w.periodId()).isNotNull();
            });
        }

        MeasureTable table = measures.table(planId, null);
        List<MeasureRow> fed = table.rows().stream().filter(r -> r.source() == Source.SURVEY).toList();
        assertThat(fed).extracting(MeasureRow::ref).containsExactlyInAnyOrder("COM 2", "COM 3", "COM 7");
        assertThat(table.rows().stream().filter(r -> r.source() == Source.OFFICER).count()).isEqualTo(16);
        for (MeasureRow m : fed) {
            SurveySummary survey = m.survey().surveyId() == parents.id() ? parents : young;
            assertThat(m.history()).as(m.ref() + " has a value for each wave's period").hasSize(2);
            for (WaveView w : survey.waves()) {
                QuestionTally t = surveys.tally(w.id(), m.survey().questionId());
                SurveyFedRule.Computed expected = SurveyFedRule.compute(m.survey().method(), m.survey().optionCodes(),
                        new SurveyFedRule.Tally(t.respondents(), t.optionCounts(), t.mean())).orElseThrow();
                PeriodValue v = m.history().stream().filter(h -> h.periodId() == w.periodId()).findFirst().orElseThrow();
                assertThat(v.value()).isEqualByComparingTo(expected.value());
                assertThat(v.respondents()).isEqualTo(expected.respondents()).isBetween(250, 300);
                assertThat(v.source()).isEqualTo(Source.SURVEY);
            }
        }
        MeasureRow com3 = fed.stream().filter(r -> r.ref().equals("COM 3")).findFirst().orElseThrow();
        assertThat(com3.lines().getFirst().direction()).as("more agreement in this period's wave")
                .isEqualTo(app.tandem.measure.MeasureRules.Direction.UP);
    }
}

package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import app.tandem.access.TandemUser;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.SurveyFeed;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.SurveyLink;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5, "done when", end to end in a browser: a young person answers an easy-read survey through
 * its anonymous link by keyboard alone, and the plan lead then sees the survey-fed measure's value
 * and n on the measures page (axe-core on every page). Four earlier answers make n = 4, which is
 * withheld ("fewer than 5"); the fifth, given in the browser, makes the value appear with n = 5.
 * Runs in Eastbrook on a period made here, so Northmere's demo stays as other tests expect it.
 */
class SurveyFedMeasureIT extends BrowserTestSupport {

    @Autowired SurveyService surveys;
    @Autowired MeasureService measures;
    @Autowired PlanService plans;
    @Autowired ReportService reports;
    @Autowired UserDetailsService users;

    record Setup(long planId, PeriodView period, SurveyDefinition survey, WaveView wave, SurveyLink link, String ref) {}

    @Test
    void a_young_persons_keyboard_answer_moves_the_measure_the_plan_lead_sees() {
        String tag = String.valueOf(System.nanoTime() % 100_000);
        Setup s = as("admin@eastbrook.test", () -> {
            long planId = plans.listPlans().getFirst().id();
            LocalDate today = LocalDate.now();
            PeriodView period = reports.addPeriod(planId, new PeriodEdit(0, "Period " + tag, today.minusDays(30),
                    today.plusDays(30), null));
            SurveyDefinition d = surveys.createSurvey(new SurveyEdit(0, planId, "Your say " + tag, Audience.YOUNG_PEOPLE,
                    "Two minutes.", 2, true));
            long section = surveys.addSection(d.id(), new SectionEdit(0, "Your say", null)).sections().getFirst().id();
            d = surveys.addQuestion(section, new QuestionEdit(0, QuestionType.YES_NO_NOT_SURE,
                    "Did you help to plan a service this year?", null, null, true, false, null, List.of(), List.of(), null,
                    null));
            WaveView w = surveys.createWave(d.id(), new WaveEdit(0, "Now", period.id(), today.minusDays(1), today.plusDays(10)));
            String ref = "YP " + tag;
            measures.addMeasure(planId, new MeasureEdit(0, ref, "Young people who helped plan a service: %", Unit.PERCENT,
                    Better.HIGHER, null, null, null, new BigDecimal("60"), null, null, Source.SURVEY, List.of(), List.of(),
                    List.of(), List.of(), List.of(), new SurveyFeed(d.id(), d.questions().getFirst().id(),
                            SurveyFedRule.Method.PERCENT_CHOOSING, List.of("yes"))));
            return new Setup(planId, period, d, w, surveys.openLink(w.id()), ref);
        });
        long areaId = ((TandemUser) users.loadUserByUsername("admin@eastbrook.test")).areaId();
        // Four earlier answers (2 yes, 2 no), as anonymous responses: n = 4, withheld.
        as(TandemUser.system(areaId), () -> {
            long q = s.survey().questions().getFirst().id();
            for (String code : List.of("yes", "yes", "no", "no")) {
                surveys.submit(new Submission(s.wave().id(), UUID.randomUUID(), Map.of(q, Answer.choice(code))));
            }
            return null;
        });

        // The young person, by keyboard alone.
        open("/" + s.link().path());
        tabTo("Start now");
        page.keyboard().press("Enter");
        waitFor("Question 1 of 1");
        tabTo("Yes");
        page.keyboard().press("Space");
        tabTo("Next");
        page.keyboard().press("Enter");
        waitFor("Check your answers");
        tabTo("Send my answers");
        page.keyboard().press("Enter");
        waitFor("Thank you!");

        // The plan lead: 3 of 5 said yes, 60%, n = 5, on target. The value arrives through the event.
        context.clearCookies();
        signIn("admin@eastbrook.test");
        String expected = "60% (n = 5, from a survey)";
        for (int attempt = 0; attempt < 20; attempt++) {
            open("/plans/" + s.planId() + "/measures?period=" + s.period().id());
            if (page.getByText(expected).count() > 0) {
                break;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.getByText(expected).count()).isPositive();
        assertThat(page.getByText("On target").count()).isPositive();
    }
}

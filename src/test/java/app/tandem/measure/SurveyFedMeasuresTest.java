package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.TandemUser;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Judgement;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Status;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.SeriesLine;
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
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import app.tandem.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5 item 5: a survey-fed measure follows the answers. Each submitted response reaches the
 * measure through the application event (asynchronously, through the event publication registry)
 * and the KPI table then shows the new value, n, the trend against the previous period's wave and
 * the status against target. Works in Eastbrook, on periods made here, to leave Northmere's demo alone.
 */
class SurveyFedMeasuresTest extends TandemSpringTest {

    @Autowired
    MeasureService measures;

    @Autowired
    SurveyService surveys;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    app.tandem.access.CurrentUser currentUser;

    @Test
    void submitted_responses_move_the_value_n_trend_and_status() throws Exception {
        login(EASTBROOK_ADMIN);
        long areaId = currentUser.require().areaId();
        long planId = plans.listPlans().getFirst().id();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        PeriodView first = reports.addPeriod(planId, new PeriodEdit(0, "Q1 " + tag, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 31), null));
        PeriodView second = reports.addPeriod(planId, new PeriodEdit(0, "Q2 " + tag, LocalDate.of(2020, 4, 1),
                LocalDate.of(2020, 6, 30), null));
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Feedback " + tag, Audience.PARENTS_CARERS, null,
                2, false));
        long section = surveys.addSection(s.id(), new SectionEdit(0, "All", null)).sections().getFirst().id();
        s = surveys.addQuestion(section, new QuestionEdit(0, QuestionType.AGREE_5, "Communication was good", null, null, true,
                true, null, List.of(), List.of(), null, null));
        long question = s.questions().getFirst().id();
        LocalDate today = LocalDate.now();
        WaveView w1 = surveys.createWave(s.id(), new WaveEdit(0, "First", first.id(), today.minusDays(1), today.plusDays(5)));
        WaveView w2 = surveys.createWave(s.id(), new WaveEdit(0, "Second", second.id(), today.minusDays(1), today.plusDays(5)));
        MeasureRow m = measures.addMeasure(planId, new MeasureEdit(0, "SV " + tag, "Parents say communication is good: %",
                Unit.PERCENT, Better.HIGHER, null, null, null, new BigDecimal("80"), null, null, Source.SURVEY, List.of(),
                List.of(), List.of(), List.of(), List.of(),
                new SurveyFeed(s.id(), question, SurveyFedRule.Method.PERCENT_CHOOSING, List.of("agree", "strongly_agree"))));
        assertThat(line(planId, second, m).status()).isEqualTo(Status.NO_DATA);

        // First wave: 2 of 4 agree (one more prefers not to say and is not counted): n = 4 is fewer
        // than 5, so the value is kept but never shown nor judged.
        submit(areaId, w1, "agree", "strongly_agree", "disagree", "neither", QuestionType.PREFER_NOT_TO_SAY);
        awaitTrue(() -> value(planId, first, m) != null && value(planId, first, m).respondents() == 4);
        assertThat(value(planId, first, m).withheld()).isTrue();
        assertThat(line(planId, first, m).status()).isEqualTo(Status.NO_DATA);
        // A fifth person agrees: 3 of 5, 60%, now shown.
        submit(areaId, w1, "agree");
        awaitTrue(() -> value(planId, first, m).respondents() == 5);
        assertThat(value(planId, first, m).value()).isEqualByComparingTo("60");
        assertThat(value(planId, first, m).withheld()).isFalse();
        assertThat(line(planId, first, m).status()).isEqualTo(Status.OFF_TARGET);

        // Second wave: 4 of 5 agree: 80%, up and better than the first wave, on target.
        submit(areaId, w2, "agree", "agree", "strongly_agree", "agree", "disagree");
        awaitTrue(() -> value(planId, second, m) != null && value(planId, second, m).respondents() == 5);
        SeriesLine now = line(planId, second, m);
        assertThat(now.now().value()).isEqualByComparingTo("80");
        assertThat(now.now().source()).isEqualTo(Source.SURVEY);
        assertThat(now.previous()).isEqualByComparingTo("60");
        assertThat(now.direction()).isEqualTo(Direction.UP);
        assertThat(now.judgement()).isEqualTo(Judgement.BETTER);
        assertThat(now.status()).isEqualTo(Status.ON_TARGET);

        // One more disagreeing: 4 of 6 = 66.67%, now off target (more than 5% below 80).
        submit(areaId, w2, "strongly_disagree");
        awaitTrue(() -> value(planId, second, m).respondents() == 6);
        assertThat(value(planId, second, m).value()).isEqualByComparingTo("66.67");
        assertThat(line(planId, second, m).status()).isEqualTo(Status.OFF_TARGET);
    }

    @Test
    void twenty_responses_at_once_leave_the_value_of_all_twenty_never_an_older_count() throws Exception {
        login(EASTBROOK_ADMIN);
        long areaId = currentUser.require().areaId();
        long planId = plans.listPlans().getFirst().id();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        PeriodView period = reports.addPeriod(planId, new PeriodEdit(0, "Burst " + tag, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 3, 31), null));
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Burst " + tag, Audience.PARENTS_CARERS, null, 2,
                false));
        long section = surveys.addSection(s.id(), new SectionEdit(0, "All", null)).sections().getFirst().id();
        s = surveys.addQuestion(section, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE, "Was it good?", true));
        long question = s.questions().getFirst().id();
        WaveView w = surveys.createWave(s.id(), new WaveEdit(0, "Burst", period.id(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(5)));
        MeasureRow m = measures.addMeasure(planId, new MeasureEdit(0, "BU " + tag, "Said it was good: %", Unit.PERCENT,
                Better.HIGHER, null, null, null, new BigDecimal("50"), null, null, Source.SURVEY, List.of(), List.of(),
                List.of(), List.of(), List.of(), new SurveyFeed(s.id(), question, SurveyFedRule.Method.PERCENT_CHOOSING,
                        List.of("yes"))));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String code = i % 4 == 0 ? "no" : "yes"; // 15 of 20 say yes: 75%
            done.add(pool.submit(() -> submit(areaId, w, code)));
        }
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        awaitTrue(() -> value(planId, period, m) != null && value(planId, period, m).respondents() == 20);
        Thread.sleep(1500); // any late listener must not put an older count back
        assertThat(value(planId, period, m).respondents()).isEqualTo(20);
        assertThat(value(planId, period, m).value()).isEqualByComparingTo("75");
    }

    @Test
    void a_survey_feed_must_fit_the_question() {
        login(EASTBROOK_ADMIN);
        long planId = plans.listPlans().getFirst().id();
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Fit check", Audience.PARENTS_CARERS, null, 2, false));
        long section = surveys.addSection(s.id(), new SectionEdit(0, "All", null)).sections().getFirst().id();
        s = surveys.addQuestion(section, QuestionEdit.of(QuestionType.LONG_TEXT, "Anything else?", false));
        long question = s.questions().getFirst().id();
        long surveyId = s.id();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> measures.addMeasure(planId, new MeasureEdit(0, "BAD 1",
                "Average of a text", Unit.SCORE, Better.HIGHER, null, null, null, null, null, null, Source.SURVEY, List.of(),
                List.of(), List.of(), List.of(), List.of(), new SurveyFeed(surveyId, question, SurveyFedRule.Method.MEAN,
                        List.of())))).isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsEntry("method", "measure.survey.method.noMean"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> measures.addMeasure(planId, new MeasureEdit(0, "BAD 2",
                "Percent in weeks", Unit.WEEKS, Better.HIGHER, null, null, null, null, null, null, Source.SURVEY, List.of(),
                List.of(), List.of(), List.of(), List.of(), new SurveyFeed(surveyId, question,
                        SurveyFedRule.Method.PERCENT_CHOOSING, List.of())))).isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsKeys("unit", "surveyOptions"));
    }

    private MeasureViews.@org.jspecify.annotations.Nullable PeriodValue value(long planId, PeriodView period, MeasureRow m) {
        return line(planId, period, m).now();
    }

    private SeriesLine line(long planId, PeriodView period, MeasureRow m) {
        return measures.table(planId, period.id()).rows().stream().filter(r -> r.id() == m.id()).findFirst().orElseThrow()
                .lines().getFirst();
    }

    /** Each answer as its own anonymous response, the way a link submits them: as the area's system user. */
    private void submit(long areaId, WaveView wave, String... codes) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            SurveyDefinition def = surveys.definition(wave.surveyId());
            long q = def.questions().getFirst().id();
            for (String code : codes) {
                surveys.submit(new Submission(wave.id(), UUID.randomUUID(), Map.of(q, Answer.choice(code))));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the survey-fed value did not arrive within 10 s");
            }
            Thread.sleep(50);
        }
    }
}

package app.tandem.demo;

import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A short easy-read survey for Northmere's young people with one wave open now, so the app shows a
 * survey to take from the first start (the survey-ui work adds the full demo surveys and responses).
 * The wave belongs to the plan's open reporting period when there is one ({@link ReportDemoData}
 * adds the periods; listeners run by class name, and this one sorts after it).
 */
@Component
class SurveyDemoData {

    static final String TITLE = "What do you think about help at school?";

    private final PlanService plans;
    private final ReportService reports;
    private final SurveyService surveys;

    SurveyDemoData(PlanService plans, ReportService reports, SurveyService surveys) {
        this.plans = plans;
        this.reports = reports;
        this.surveys = surveys;
    }

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        long planId = plans.listPlans().getFirst().id();
        SurveyDefinition d = surveys.createSurvey(new SurveyEdit(0, planId, TITLE, Audience.YOUNG_PEOPLE,
                "We want to know what you think about the help you get at school. It is not a test. "
                        + "There are no right or wrong answers.", 3, true));
        d = surveys.addSection(d.id(), new SectionEdit(0, "Help at school", null));
        long section = d.sections().getFirst().id();
        surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SMILEY_5,
                "How do you feel about the help you get at school?", "How do you feel about your help at school?",
                null, true, false, null, List.of(), List.of(), null, null));
        surveys.addQuestion(section, new QuestionEdit(0, QuestionType.YES_NO_NOT_SURE,
                "Do adults at school listen to what you say about your support?", "Do adults at school listen to you?",
                null, true, false, null, List.of(), List.of(), null, null));
        surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SMILEY_3,
                "How do you feel about your plan (EHC plan) meetings?", "How do you feel about your plan meetings?",
                "Choose the face and words that fit best.", false, true, null, List.of(), List.of(), null, null));
        surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SHORT_TEXT, "What one thing would make school better?",
                "What would make school better?", "Please do not write your name.", false, false, null, List.of(),
                List.of(), null, null));
        LocalDate today = LocalDate.now();
        PeriodView open = openPeriod(planId);
        surveys.createWave(d.id(), new WaveEdit(0, open == null ? "This term" : open.name(),
                open == null ? null : open.id(), today.minusDays(7), today.plusDays(60)));
    }

    private @Nullable PeriodView openPeriod(long planId) {
        return reports.periodsOfPlan(planId).stream().filter(p -> !p.closed()).findFirst().orElse(null);
    }
}

package app.tandem.bench.load;

import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SurveyEdit;
import java.util.List;

/**
 * The benchmark survey of issue 9 (one section of 13 questions: 8 agree scales, 2 yes / no / not
 * sure, 1 choice of 6, 1 rating 0-10, 1 optional long text) for parents and carers, created through
 * {@link SurveyService} by whoever is signed in when it is missing: the load bench and the fault
 * run both find and reuse the one survey.
 */
final class BenchmarkSurvey {

    static final String TITLE = SurveyLoadBench.TITLE;
    static final int QUESTIONS = 13;

    private BenchmarkSurvey() {
    }

    /** The survey's id in the plan, created when missing. */
    static long ensure(SurveyService surveys, long planId) {
        return surveys.surveysOfPlan(planId).stream().filter(s -> s.title().equals(TITLE)).findFirst()
                .map(s -> s.id()).orElseGet(() -> create(surveys, planId));
    }

    private static long create(SurveyService surveys, long planId) {
        var survey = surveys.createSurvey(new SurveyEdit(0, planId, TITLE, Audience.PARENTS_CARERS,
                "How are services for your family working?", 5, false));
        long sectionId = surveys.addSection(survey.id(), new SectionEdit(0, "Your experience", null))
                .sections().getFirst().id();
        String[] agree = {"I know who to contact about my child's needs.", "I feel listened to by my child's school.",
                "Assessments happen in good time.", "Plans describe my child well.", "Health services work with school.",
                "I can find information on the Local Offer.", "Transitions between schools are well planned.",
                "Things have improved in the last year."};
        for (String q : agree) {
            surveys.addQuestion(sectionId, QuestionEdit.of(QuestionType.AGREE_5, q, true));
        }
        surveys.addQuestion(sectionId, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE, "Does your child have an EHC plan?", true));
        surveys.addQuestion(sectionId, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE,
                "Have you been to a forum event this year?", true));
        List<OptionEdit> ages = List.of(new OptionEdit("under5", "Under 5"), new OptionEdit("5to10", "5 to 10"),
                new OptionEdit("11to15", "11 to 15"), new OptionEdit("16to18", "16 to 18"),
                new OptionEdit("19to25", "19 to 25"), new OptionEdit("none", "I'd rather not say"));
        surveys.addQuestion(sectionId, new QuestionEdit(0, QuestionType.SINGLE_CHOICE, "How old is your child?", null,
                null, true, false, null, List.of(), ages, null, null));
        surveys.addQuestion(sectionId, QuestionEdit.of(QuestionType.RATING_0_10,
                "How likely are you to recommend the service to another family?", true));
        return surveys.addQuestion(sectionId, QuestionEdit.of(QuestionType.LONG_TEXT,
                "Is there anything else you would like to tell us?", false)).id();
    }
}

package app.tandem.survey;

import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import java.time.LocalDate;
import java.util.List;

/**
 * Surveys built through the service for tests (call signed in as an officer or admin of the area).
 * The standard one has two sections:
 * <ol>
 * <li>"Your experience": Q1 agree scale (required); Q2 yes / no / not sure (required); Q3 single
 * choice shown only if Q2 is yes (required)</li>
 * <li>"More about you": Q4 multiple choice (optional, prefer not to say); Q5 0-10 rating (optional);
 * Q6 number 0-100 (optional); Q7 long text (optional)</li>
 * </ol>
 */
public final class SurveyFixtures {

    private SurveyFixtures() {}

    public record Built(SurveyDefinition definition, WaveView wave) {

        public QuestionView q(int number) {
            return definition.questions().get(number - 1);
        }
    }

    public static Built standard(SurveyService surveys, long planId, Audience audience, String title) {
        SurveyDefinition d = surveys.createSurvey(new SurveyEdit(0, planId, title, audience,
                "We want to know how things went.", 5, false));
        d = surveys.addSection(d.id(), new SectionEdit(0, "Your experience", null));
        d = surveys.addSection(d.id(), new SectionEdit(0, "More about you", "Only if you want to."));
        long s1 = d.sections().get(0).id();
        long s2 = d.sections().get(1).id();
        d = surveys.addQuestion(s1, new QuestionEdit(0, QuestionType.AGREE_5, "Communication after referral was good",
                null, "Think about the last 12 months.", true, false, null, List.of(), List.of(), null, null));
        d = surveys.addQuestion(s1, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE, "Did your child get a plan?", true));
        long q2 = d.questions().get(1).id();
        d = surveys.addQuestion(s1, new QuestionEdit(0, QuestionType.SINGLE_CHOICE, "How long did it take?", null, null,
                true, false, q2, List.of("yes"), List.of(new OptionEdit(null, "Within 20 weeks"),
                        new OptionEdit(null, "Longer than 20 weeks")), null, null));
        d = surveys.addQuestion(s2, new QuestionEdit(0, QuestionType.MULTIPLE_CHOICE, "Who helped you?", null, null, false,
                true, null, List.of(), List.of(new OptionEdit("school", "School"), new OptionEdit("health", "Health"),
                        new OptionEdit("forum", "The parent carer forum")), null, null));
        d = surveys.addQuestion(s2, QuestionEdit.of(QuestionType.RATING_0_10, "How likely are you to recommend us?", false));
        d = surveys.addQuestion(s2, new QuestionEdit(0, QuestionType.NUMBER, "How many meetings did you go to?", null, null,
                false, false, null, List.of(), List.of(), 0, 100));
        d = surveys.addQuestion(s2, QuestionEdit.of(QuestionType.LONG_TEXT, "Anything else you want to tell us?", false));
        WaveView wave = surveys.createWave(d.id(), new WaveEdit(0, "Test wave", null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30)));
        return new Built(d, wave);
    }

    /** A short easy-read survey for young people: three questions, one section. */
    public static Built easyRead(SurveyService surveys, long planId, String title) {
        SurveyDefinition d = surveys.createSurvey(new SurveyEdit(0, planId, title, Audience.YOUNG_PEOPLE,
                "Tell us what you think. It takes 2 minutes.", 2, true));
        d = surveys.addSection(d.id(), new SectionEdit(0, "About your school", null));
        long s = d.sections().getFirst().id();
        d = surveys.addQuestion(s, new QuestionEdit(0, QuestionType.SMILEY_5, "How do you feel about your school?",
                "How do you feel about school?", null, true, false, null, List.of(), List.of(), null, null));
        d = surveys.addQuestion(s, new QuestionEdit(0, QuestionType.YES_NO_NOT_SURE, "Do adults at school listen to you?",
                "Do adults listen to you?", null, true, false, null, List.of(), List.of(), null, null));
        d = surveys.addQuestion(s, new QuestionEdit(0, QuestionType.SHORT_TEXT, "What would make school better?",
                "What would make school better?", null, false, false, null, List.of(), List.of(), null, null));
        WaveView wave = surveys.createWave(d.id(), new WaveEdit(0, "Spring", null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30)));
        return new Built(d, wave);
    }
}

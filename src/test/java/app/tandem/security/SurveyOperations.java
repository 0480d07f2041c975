package app.tandem.security;

import app.tandem.TandemSpringTest;
import app.tandem.security.RoleMatrixTest.Call;
import app.tandem.security.RoleMatrixTest.Fixture;
import app.tandem.security.RoleMatrixTest.Operation;
import app.tandem.survey.Audience;
import app.tandem.survey.ModerationState;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyFixtures;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The survey module's rows of the role matrix: officers and admins build surveys and run waves;
 * staff read counts; each audience takes its own surveys; anyone may follow a link. Each operation
 * builds what it needs as the admin, inside the rolled-back transaction.
 */
final class SurveyOperations {

    private SurveyOperations() {}

    static void register(Map<String, Operation> ops) {
        survey(ops, "surveyDefinition", "definition", (t, f) -> t.surveys.definition(young(t, f).definition().id()));
        survey(ops, "surveysOfPlan", "surveysOfPlan", (t, f) -> t.surveys.surveysOfPlan(f.planId()));
        survey(ops, "createSurvey", "createSurvey", (t, f) -> t.surveys.createSurvey(new SurveyEdit(0, f.planId(),
                "Matrix check survey", Audience.PARENTS_CARERS, null, 5, false)));
        survey(ops, "updateSurvey", "updateSurvey", (t, f) -> {
            var d = young(t, f).definition();
            t.surveys.updateSurvey(d.id(), new SurveyEdit(d.version(), f.planId(), "Matrix check renamed", d.audience(),
                    null, 3, true));
        });
        survey(ops, "addSurveySection", "addSection",
                (t, f) -> t.surveys.addSection(young(t, f).definition().id(), new SectionEdit(0, "Matrix section", null)));
        survey(ops, "updateSurveySection", "updateSection", (t, f) -> {
            var s = young(t, f).definition().sections().getFirst();
            t.surveys.updateSection(s.id(), new SectionEdit(s.version(), "Matrix section renamed", null));
        });
        survey(ops, "moveSurveySection", "moveSection",
                (t, f) -> t.surveys.moveSection(young(t, f).definition().sections().getFirst().id(), 0));
        survey(ops, "removeSurveySection", "removeSection", (t, f) -> {
            var d = t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> {
                var b = young(t, f);
                return t.surveys.addSection(b.definition().id(), new SectionEdit(0, "Matrix empty section", null));
            });
            var s = d.sections().getLast();
            t.surveys.removeSection(s.id(), s.version());
        });
        survey(ops, "addSurveyQuestion", "addQuestion", (t, f) -> t.surveys.addQuestion(
                young(t, f).definition().sections().getFirst().id(), QuestionEdit.of(QuestionType.SHORT_TEXT, "Matrix?", false)));
        survey(ops, "updateSurveyQuestion", "updateQuestion", (t, f) -> {
            var q = young(t, f).q(3);
            t.surveys.updateQuestion(q.id(), new QuestionEdit(q.version(), q.type(), "Matrix changed?", null, null, false,
                    false, null, java.util.List.of(), java.util.List.of(), null, null));
        });
        survey(ops, "moveSurveyQuestion", "moveQuestion", (t, f) -> {
            var b = young(t, f);
            t.surveys.moveQuestion(b.q(1).id(), b.q(1).sectionId(), 1);
        });
        survey(ops, "removeSurveyQuestion", "removeQuestion", (t, f) -> {
            var q = young(t, f).q(3);
            t.surveys.removeQuestion(q.id(), q.version());
        });
        survey(ops, "previewSurvey", "preview", (t, f) -> t.surveys.preview(young(t, f).definition().id()));
        survey(ops, "surveyWaves", "waves", (t, f) -> t.surveys.waves(young(t, f).definition().id()));
        survey(ops, "surveyWave", "wave", (t, f) -> t.surveys.wave(young(t, f).wave().id()));
        survey(ops, "createSurveyWave", "createWave", (t, f) -> t.surveys.createWave(young(t, f).definition().id(),
                new WaveEdit(0, "Matrix wave", null, LocalDate.now(), LocalDate.now().plusDays(7))));
        survey(ops, "updateSurveyWave", "updateWave", (t, f) -> {
            var w = young(t, f).wave();
            t.surveys.updateWave(w.id(), new WaveEdit(w.version(), "Matrix wave renamed", null, w.opens(), w.closes()));
        });
        survey(ops, "openSurveyLink", "openLink", (t, f) -> t.surveys.openLink(young(t, f).wave().id()));
        survey(ops, "resolveSurveyLink", "resolveLink", (t, f) -> {
            var b = young(t, f);
            String token = t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> t.surveys.openLink(b.wave().id())).token();
            if (t.surveys.resolveLink(token).isEmpty()) {
                throw new IllegalStateException("link did not resolve");
            }
        });
        survey(ops, "openSurveysForMe", "openWavesForMe", (t, f) -> t.surveys.openWavesForMe());
        survey(ops, "takeParentsSurvey", "startTaking",
                (t, f) -> t.surveys.startTaking(built(t, f, Audience.PARENTS_CARERS).wave().id()));
        survey(ops, "takeYoungPeoplesSurvey", "startTaking", (t, f) -> t.surveys.startTaking(young(t, f).wave().id()));
        survey(ops, "takePractitionersSurvey", "startTaking",
                (t, f) -> t.surveys.startTaking(built(t, f, Audience.PRACTITIONERS).wave().id()));
        survey(ops, "saveSurveyDraft", "saveDraft", (t, f) -> {
            var b = young(t, f);
            t.surveys.saveDraft(b.wave().id(), UUID.randomUUID(), Map.of(b.q(1).id(), Answer.choice("happy")), b.q(2).id());
        });
        survey(ops, "submitSurvey", "submit", (t, f) -> {
            var b = young(t, f);
            t.surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(),
                    Map.of(b.q(1).id(), Answer.choice("happy"), b.q(2).id(), Answer.choice("yes"))));
        });
        survey(ops, "surveyTally", "tally", (t, f) -> {
            var b = young(t, f);
            t.surveys.tally(b.wave().id(), b.q(1).id());
        });
        survey(ops, "surveyResults", "results", (t, f) -> t.surveys.results(young(t, f).wave().id()));
        survey(ops, "recountSurvey", "recount", (t, f) -> t.surveys.recount(young(t, f).wave().id()));
        survey(ops, "surveyTextAnswers", "textAnswers", (t, f) -> {
            var b = young(t, f);
            t.surveys.textAnswers(b.wave().id(), b.q(3).id());
        });
        survey(ops, "moderateSurveyText", "moderateTextAnswer", (t, f) -> {
            var b = young(t, f);
            long answerId = t.asUser(TandemSpringTest.NORTHMERE_YOUNG_PERSON, () -> {
                t.surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), Map.of(b.q(1).id(), Answer.choice("sad"),
                        b.q(2).id(), Answer.choice("no"), b.q(3).id(), Answer.text("Call me on 07700 900123"))));
                return 0L;
            });
            long held = t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> t.surveys.textAnswers(b.wave().id(), b.q(3).id()))
                    .getFirst().id();
            t.surveys.moderateTextAnswer(held + answerId, ModerationState.VISIBLE);
        });
    }

    /** A young people's easy-read survey with an open wave, built as the admin. */
    private static Built young(RoleMatrixTest t, Fixture f) {
        return t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> SurveyFixtures.easyRead(t.surveys, f.planId(), "Matrix check"));
    }

    private static Built built(RoleMatrixTest t, Fixture f, Audience audience) {
        return t.asUser(TandemSpringTest.NORTHMERE_ADMIN,
                () -> SurveyFixtures.standard(t.surveys, f.planId(), audience, "Matrix check"));
    }

    private static void survey(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("SurveyService", method, call));
    }
}

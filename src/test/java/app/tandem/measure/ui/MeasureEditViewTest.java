package app.tandem.measure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Status;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.plan.PlanService;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officers define measures on a form: the server checks every number against the unit, a breakdown
 * carries its own baselines and targets, and a stale save never overwrites someone else's. Works in
 * Eastbrook's plan so Northmere's demo KPI table stays as other tests expect it.
 */
class MeasureEditViewTest extends KaribuTest {

    @Autowired
    MeasureService measures;

    @Autowired
    PlanService plans;

    long eastbrookPlan() {
        login(EASTBROOK_OFFICER);
        return plans.listPlans().getFirst().id();
    }

    @Test
    void an_officer_adds_a_measure_with_parts_each_with_its_own_baseline_and_target() {
        long planId = eastbrookPlan();
        String ref = "T" + (System.nanoTime() % 1_000_000);
        UI.getCurrent().navigate("plans/" + planId + "/measures/edit");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference")), ref);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What the measure counts")),
                "% of advice for EHC needs assessments judged good quality");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Target value (optional)")), new BigDecimal("85"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Parts of the measure (optional)")),
                "Education\nHealth\nSocial care");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Target for Education (optional)")), new BigDecimal("90"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Baseline for Social care (optional)")),
                new BigDecimal("56"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Target for Social care (optional)")),
                new BigDecimal("75"));
        _click(_get(Button.class, spec -> spec.withText("Save measure")));

        assertThat(currentView()).isEqualTo(MeasuresView.class);
        MeasureRow saved = measures.table(planId, null).rows().stream().filter(r -> r.ref().equals(ref)).findFirst()
                .orElseThrow();
        assertThat(saved.series()).containsExactly("Education", "Health", "Social care");
        assertThat(saved.seriesTargets()).containsExactly(new BigDecimal("90"), null, new BigDecimal("75"));
        assertThat(saved.seriesBaselines()).containsExactly(null, null, new BigDecimal("56"));
        assertThat(saved.targetOf("Education")).isEqualByComparingTo("90");
        assertThat(saved.targetOf("Health")).isEqualByComparingTo("85");
        assertThat(saved.unit()).isEqualTo(Unit.PERCENT);
        assertThat(saved.source()).isEqualTo(Source.OFFICER);
    }

    @Test
    void numbers_that_do_not_fit_the_unit_and_a_missing_reference_show_beside_their_fields() {
        long planId = eastbrookPlan();
        int before = measures.table(planId, null).rows().size();
        UI.getCurrent().navigate("plans/" + planId + "/measures/edit");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("What the measure counts")), "Something");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Baseline value (optional)")), new BigDecimal("150"));
        _click(_get(Button.class, spec -> spec.withText("Save measure")));

        assertThat(_get(H2.class, spec -> spec.withText("There is a problem")).isVisible()).isTrue();
        HasValidationUtilsKt._expectInvalid(_get(TextField.class, spec -> spec.withLabel("Reference")),
                "Enter a reference, for example EHCP 1.");
        assertThat(currentView()).isEqualTo(MeasureEditView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference")), "OK 1");
        _click(_get(Button.class, spec -> spec.withText("Save measure")));
        HasValidationUtilsKt._expectInvalid(_get(BigDecimalField.class, spec -> spec.withLabel("Baseline value (optional)")),
                "A percentage cannot be more than 100.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Baseline value (optional): A percentage cannot be more than 100."))
                .getHref()).isEqualTo("#field-baselineValue");
        assertThat(measures.table(planId, null).rows()).hasSize(before);
    }

    @Test
    void saving_a_measure_someone_else_changed_meanwhile_shows_the_conflict_and_keeps_their_version() {
        long planId = eastbrookPlan();
        MeasureRow m = measures.addMeasure(planId, new MeasureEdit(0, "C" + (System.nanoTime() % 100_000), "Waiting weeks",
                Unit.WEEKS, Better.LOWER, null, null, null, BigDecimal.TEN, null, null, Source.OFFICER, List.of(), List.of(),
                List.of()));
        UI.getCurrent().navigate("plans/" + planId + "/measures/edit/" + m.id());
        assertThat(_get(Select.class, spec -> spec.withLabel("Unit")).getValue()).isEqualTo(Unit.WEEKS);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Which way is better")).getValue())
                .isEqualTo(Better.LOWER);

        measures.updateMeasure(m.id(), new MeasureEdit(m.version(), m.ref(), "Weeks waiting (changed by someone else)",
                m.unit(), m.better(), null, null, null, BigDecimal.TEN, null, null, Source.OFFICER, List.of(), List.of(),
                List.of()));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What the measure counts")), "Mine");
        _click(_get(Button.class, spec -> spec.withText("Save measure")));

        assertThat(_find(H2.class, spec -> spec.withText("Someone else changed this measure"))).hasSize(1);
        assertThat(measures.getMeasure(m.id()).indicator()).isEqualTo("Weeks waiting (changed by someone else)");
        _click(_get(Button.class, spec -> spec.withText("Load their version")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What the measure counts")).getValue())
                .isEqualTo("Weeks waiting (changed by someone else)");
    }

    @Test
    void a_series_with_its_own_target_is_judged_against_it() {
        long planId = eastbrookPlan();
        MeasureRow m = measures.addMeasure(planId, new MeasureEdit(0, "S" + (System.nanoTime() % 100_000), "Split",
                Unit.PERCENT, Better.HIGHER, null, null, null, new BigDecimal("50"), null, null, Source.OFFICER,
                List.of("A", "B"), List.of(), List.of(), List.of(), java.util.Arrays.asList(new BigDecimal("90"), null), null));

        assertThat(m.targetOf("A")).isEqualByComparingTo("90");
        assertThat(m.targetOf("B")).isEqualByComparingTo("50");
        assertThat(m.lines()).allMatch(l -> l.status() == Status.NO_DATA);
    }

    @Autowired
    app.tandem.survey.SurveyService surveys;

    @Test
    void an_officer_makes_a_survey_fed_measure_and_a_feed_that_does_not_fit_the_unit_is_refused_beside_the_field() {
        long planId = eastbrookPlan();
        var s = surveys.createSurvey(new app.tandem.survey.SurveyViews.SurveyEdit(0, planId, "Fed " + System.nanoTime(),
                app.tandem.survey.Audience.PARENTS_CARERS, null, 3, false));
        long section = surveys.addSection(s.id(), new app.tandem.survey.SurveyViews.SectionEdit(0, "All", null)).sections()
                .getFirst().id();
        s = surveys.addQuestion(section, app.tandem.survey.SurveyViews.QuestionEdit.of(
                app.tandem.survey.QuestionType.AGREE_5, "Communication was good", true));
        long surveyId = s.id();
        String ref = "F" + (System.nanoTime() % 100_000);
        UI.getCurrent().navigate("plans/" + planId + "/measures/edit");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference")), ref);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What the measure counts")), "Parents say communication is good");
        _setValue(_get(Select.class, spec -> spec.withLabel("Unit")), Unit.WEEKS);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Where its value comes from")), Source.SURVEY);
        @SuppressWarnings("unchecked")
        Select<app.tandem.survey.SurveyViews.SurveySummary> survey = _get(Select.class, spec -> spec.withLabel("Survey"));
        _setValue(survey, survey.getListDataView().getItems().filter(x -> x.id() == surveyId).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<app.tandem.survey.SurveyViews.QuestionView> question = _get(Select.class, spec -> spec.withLabel("Question"));
        _setValue(question, question.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withLabel("How the value is worked out")),
                app.tandem.measure.SurveyFedRule.Method.PERCENT_CHOOSING);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<app.tandem.survey.SurveyViews.OptionView> answers = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withLabel("Answers to count"));
        _setValue(answers, answers.getListDataView().getItems()
                .filter(o -> o.code().equals("agree") || o.code().equals("strongly_agree")).collect(java.util.stream.Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withText("Save measure")));

        HasValidationUtilsKt._expectInvalid(_get(Select.class, spec -> spec.withLabel("Unit")),
                "A measure worked out as a percentage of answers must use the unit Per cent.");
        assertThat(currentView()).isEqualTo(MeasureEditView.class);

        _setValue(_get(Select.class, spec -> spec.withLabel("Unit")), Unit.PERCENT);
        _click(_get(Button.class, spec -> spec.withText("Save measure")));

        assertThat(currentView()).isEqualTo(MeasuresView.class);
        MeasureRow saved = measures.table(planId, null).rows().stream().filter(r -> r.ref().equals(ref)).findFirst()
                .orElseThrow();
        assertThat(saved.source()).isEqualTo(Source.SURVEY);
        assertThat(saved.survey().surveyId()).isEqualTo(surveyId);
        assertThat(saved.survey().questionId()).isEqualTo(s.questions().getFirst().id());
        assertThat(saved.survey().optionCodes()).containsExactly("strongly_agree", "agree");
    }

    @Test
    void people_who_only_read_cannot_open_the_form() {
        login(NORTHMERE_FORUM_MEMBER);
        long planId = plans.listPlans().getFirst().id();
        Assertions.assertThrows(MockAccessDeniedException.class,
                () -> UI.getCurrent().navigate("plans/" + planId + "/measures/edit"));
    }
}

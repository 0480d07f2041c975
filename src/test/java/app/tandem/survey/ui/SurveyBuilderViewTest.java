package app.tandem.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.KaribuTest;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officers build surveys on a page: survey details, sections, every question type with its
 * options, required, "prefer not to say", show-if, reordering, waves and the anonymous link shown
 * once. Problems show beside the field. Works in Eastbrook, leaving Northmere's demo surveys alone.
 */
class SurveyBuilderViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    PlanService plans;

    long planId() {
        login(EASTBROOK_OFFICER);
        return plans.listPlans().getFirst().id();
    }

    SurveyDefinition newSurvey(long planId, String title) {
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, title, Audience.PARENTS_CARERS, null, 5, false));
        return surveys.addSection(s.id(), new SectionEdit(0, "About you", null));
    }

    @Test
    void an_officer_creates_a_survey_and_a_missing_title_shows_beside_the_field() {
        long planId = planId();
        UI.getCurrent().navigate("plans/" + planId + "/surveys/build");

        _click(_get(Button.class, spec -> spec.withText("Create survey")));
        assertThat(_get(H2.class, spec -> spec.withText("There is a problem")).isVisible()).isTrue();
        HasValidationUtilsKt._expectInvalid(_get(TextField.class, spec -> spec.withLabel("Title")), "Enter a title for the survey");

        String title = "Families’ views " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _setValue(_get(Select.class, spec -> spec.withLabel("Who it is for")), Audience.YOUNG_PEOPLE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Introduction (optional)")), "Tell us what you think.");
        _click(_get(Button.class, spec -> spec.withText("Create survey")));

        assertThat(NavigatorKt.getCurrentPath()).matches("plans/" + planId + "/surveys/build/\\d+");
        SurveyDefinition saved = surveys.surveysOfPlan(planId).stream().filter(s -> s.title().equals(title)).findFirst()
                .map(s -> surveys.definition(s.id())).orElseThrow();
        assertThat(saved.audience()).isEqualTo(Audience.YOUNG_PEOPLE);
        assertThat(saved.introduction()).isEqualTo("Tell us what you think.");
        assertThat(_find(Button.class, spec -> spec.withText("Add a section"))).hasSize(1);
    }

    @Test
    void every_question_type_can_be_added_with_its_own_fields() {
        long planId = planId();
        SurveyDefinition s = newSurvey(planId, "All types " + System.nanoTime());
        UI.getCurrent().navigate("plans/" + planId + "/surveys/build/" + s.id());

        for (QuestionType type : QuestionType.values()) {
            _click(_get(Button.class, spec -> spec.withText("Add a question")));
            _setValue(_get(Select.class, spec -> spec.withLabel("Type of question")), type);
            assertThat(_find(TextArea.class, spec -> spec.withLabel("Answers to choose from")))
                    .as("options only for choices: " + type).hasSize(type.isChoice() ? 1 : 0);
            assertThat(_find(IntegerField.class, spec -> spec.withLabel("Lowest number allowed (optional)")))
                    .as("limits only for numbers: " + type).hasSize(type == QuestionType.NUMBER ? 1 : 0);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Question")), "A question of type " + type);
            if (type.isChoice()) {
                _setValue(_get(TextArea.class, spec -> spec.withLabel("Answers to choose from")), "School\nHealth\nSocial care");
            }
            if (type == QuestionType.NUMBER) {
                _setValue(_get(IntegerField.class, spec -> spec.withLabel("Lowest number allowed (optional)")), 0);
                _setValue(_get(IntegerField.class, spec -> spec.withLabel("Highest number allowed (optional)")), 40);
            }
            if (type == QuestionType.AGREE_5) {
                _setValue(_get(Checkbox.class, spec -> spec.withLabel("Offer “prefer not to say”")), true);
                _setValue(_get(TextArea.class, spec -> spec.withLabel("Help text (optional)")), "Think about the last year.");
            }
            _click(_get(Button.class, spec -> spec.withText("Save question")));
            assertThat(_find(Dialog.class)).as("dialog closed after saving " + type).isEmpty();
        }

        SurveyDefinition after = surveys.definition(s.id());
        assertThat(after.questions()).extracting(QuestionView::type).containsExactly(QuestionType.values());
        QuestionView choice = after.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE).findFirst()
                .orElseThrow();
        assertThat(choice.options()).extracting(o -> o.label()).containsExactly("School", "Health", "Social care");
        QuestionView number = after.questions().stream().filter(q -> q.type() == QuestionType.NUMBER).findFirst().orElseThrow();
        assertThat(number.min()).isZero();
        assertThat(number.max()).isEqualTo(40);
        QuestionView agree = after.questions().getFirst();
        assertThat(agree.preferNotToSay()).isTrue();
        assertThat(agree.help()).isEqualTo("Think about the last year.");
        assertThat(agree.options()).hasSize(5);
    }

    @Test
    void a_question_without_words_shows_the_problem_in_the_dialog_and_saves_nothing() {
        long planId = planId();
        SurveyDefinition s = newSurvey(planId, "Validation " + System.nanoTime());
        UI.getCurrent().navigate("plans/" + planId + "/surveys/build/" + s.id());

        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _click(_get(Button.class, spec -> spec.withText("Save question")));

        assertThat(_find(Dialog.class)).hasSize(1);
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Question"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isNotBlank();
        assertThat(surveys.definition(s.id()).questions()).isEmpty();
    }

    @Test
    void show_if_ties_a_question_to_an_earlier_answer_and_questions_move_up_and_down() {
        long planId = planId();
        SurveyDefinition s = newSurvey(planId, "Show if " + System.nanoTime());
        UI.getCurrent().navigate("plans/" + planId + "/surveys/build/" + s.id());
        addQuestion(QuestionType.YES_NO_NOT_SURE, "Has your child had an assessment?");

        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _setValue(_get(Select.class, spec -> spec.withLabel("Type of question")), QuestionType.AGREE_5);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Question")), "The assessment was explained well");
        @SuppressWarnings("unchecked")
        Select<QuestionView> showIf = _get(Select.class, spec -> spec.withLabel("Only ask this question when an earlier answer was"));
        assertThat(showIf.getListDataView().getItems()).extracting(QuestionView::text)
                .containsExactly("Has your child had an assessment?");
        _setValue(showIf, showIf.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<app.tandem.survey.SurveyViews.OptionView> when = _get(CheckboxGroup.class,
                spec -> spec.withLabel("Ask it when the answer was one of"));
        _setValue(when, java.util.Set.of(when.getListDataView().getItems().filter(o -> o.code().equals("yes")).findFirst()
                .orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Save question")));

        SurveyDefinition after = surveys.definition(s.id());
        QuestionView first = after.questions().get(0);
        QuestionView second = after.questions().get(1);
        assertThat(second.showIfQuestionId()).isEqualTo(first.id());
        assertThat(second.showIfOptions()).containsExactly("yes");

        addQuestion(QuestionType.SHORT_TEXT, "Anything else?");
        _click(_find(Button.class).stream().filter(b -> "Move up: Anything else?".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow());
        assertThat(surveys.definition(s.id()).questions()).extracting(QuestionView::text).containsExactly(
                "Has your child had an assessment?", "Anything else?", "The assessment was explained well");
    }

    @Test
    void a_wave_gets_dates_and_its_anonymous_link_is_shown_once_in_a_read_only_field() {
        long planId = planId();
        SurveyDefinition s = newSurvey(planId, "Waves " + System.nanoTime());
        UI.getCurrent().navigate("plans/" + planId + "/surveys/build/" + s.id());

        _click(_get(Button.class, spec -> spec.withText("Add a wave")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the wave")), "Autumn");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Opens on")), LocalDate.now().minusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Closes after")), LocalDate.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Save wave")));
        assertThat(_find(Dialog.class)).as("closing before opening is refused").hasSize(1);
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Closes after")).isInvalid()).isTrue();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Closes after")), LocalDate.now().plusDays(30));
        _click(_get(Button.class, spec -> spec.withText("Save wave")));
        assertThat(surveys.waves(s.id())).singleElement().satisfies(w -> assertThat(w.name()).isEqualTo("Autumn"));

        _click(_get(Button.class, spec -> spec.withText("Make an anonymous link")));
        TextField link = _get(TextField.class, spec -> spec.withLabel("Anonymous link: copy it now, it is shown only once"));
        assertThat(link.isReadOnly()).isTrue();
        assertThat(link.getValue()).matches(".*/s/[A-Za-z0-9_-]{22,}");
        assertThat(surveys.resolveLink(link.getValue().substring(link.getValue().indexOf("/s/") + 3))).isPresent();

        UI.getCurrent().navigate("plans/" + planId + "/surveys/build/" + s.id());
        assertThat(_find(TextField.class, spec -> spec.withLabel("Anonymous link: copy it now, it is shown only once")))
                .as("shown once").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Make a new anonymous link (the old one stops working)")))
                .hasSize(1);
    }

    @Test
    void the_list_filters_by_audience_and_readers_cannot_build() {
        long planId = planId();
        String title = "Practitioners " + System.nanoTime();
        surveys.createSurvey(new SurveyEdit(0, planId, title, Audience.PRACTITIONERS, null, 5, false));
        UI.getCurrent().navigate("plans/" + planId + "/surveys");
        assertThat(_find(H2.class, spec -> spec.withText(title))).hasSize(1);

        _setValue(_get(Select.class, spec -> spec.withLabel("Who the survey is for")), Audience.YOUNG_PEOPLE);
        assertThat(_find(H2.class, spec -> spec.withText(title))).isEmpty();
        _setValue(_get(Select.class, spec -> spec.withLabel("Who the survey is for")), Audience.PRACTITIONERS);
        assertThat(_find(H2.class, spec -> spec.withText(title))).hasSize(1);

        login(NORTHMERE_FORUM_MEMBER);
        long northmere = plans.listPlans().getFirst().id();
        assertThatThrownBy(() -> UI.getCurrent().navigate("plans/" + northmere + "/surveys/build"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private void addQuestion(QuestionType type, String text) {
        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _setValue(_get(Select.class, spec -> spec.withLabel("Type of question")), type);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Question")), text);
        _click(_get(Button.class, spec -> spec.withText("Save question")));
    }
}

package app.tandem.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.base.ui.ErrorSummary;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyFixtures;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.SurveyLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Taking a survey in both modes, through the real views and services (issue 5, part 3). */
class SurveyTakingViewTest extends KaribuTest {

    @Autowired SurveyService surveys;
    @Autowired PlanService plans;
    @Autowired JdbcTemplate jdbc;

    long planId;

    @BeforeEach
    void plan() {
        planId = as(NORTHMERE_OFFICER, () -> plans.listPlans().getFirst().id());
    }

    static ChoiceField radio(String label) {
        return _get(ChoiceField.class, spec -> spec.withLabel(label));
    }

    /** What the browser holds as ticked but has not sent yet (it goes with the page's next button). */
    static final Map<String, List<String>> TICKED = new LinkedHashMap<>();

    /**
     * A person ticks these options: the browser tells the server at once only when the field is live
     * (a question on the page depends on it); otherwise the tick travels with the next button's click.
     */
    static void choose(ChoiceField field, String... codes) {
        if (field.isLive()) {
            ChoiceFieldTest.change(field, codes);
        }
        TICKED.put(field.getId().orElseThrow(), List.of(codes));
    }

    static void choose(String label, String... codes) {
        choose(radio(label), codes);
    }

    /**
     * Clicks a button as the browser does: a DOM click whose event data carry the page's checked
     * inputs (what the server rendered as checked, changed by the ticks since), as [name, value] pairs.
     */
    static void click(String text) {
        Button button = _get(Button.class, spec -> spec.withText(text));
        assertThat(button.isEnabled()).as(text + " is enabled").isTrue();
        ObjectNode data = JsonMapper.shared().createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        ArrayNode pairs = data.putArray(SurveyTaker.PAGE_CHOICES);
        for (ChoiceField field : _find(ChoiceField.class)) {
            String name = field.getId().orElseThrow();
            for (String code : TICKED.getOrDefault(name, field.getValue())) {
                pairs.addArray().add(name).add(code);
            }
        }
        TICKED.clear();
        BasicUtilsKt._fireDomEvent(button, "click", data);
    }

    /** The words of the field's options, as the browser is sent them (label texts of the markup). */
    static List<String> optionWords(ChoiceField field) {
        field.render();
        return org.jsoup.Jsoup.parseBodyFragment(field.getElement().getProperty("innerHTML")).select("label")
                .eachText();
    }

    static String progress() {
        return _get(Paragraph.class, spec -> spec.withClasses("survey-progress")).getText();
    }

    @Test
    void standard_mode_pages_by_section_checks_answers_and_lets_people_change_them() {
        Built b = as(NORTHMERE_OFFICER, () -> SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS,
                "Parents view check"));
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("surveys/" + b.wave().id() + "/take");

        assertThat(_get(H1.class).getText()).isEqualTo("Parents view check");
        click("Start now");
        assertThat(progress()).isEqualTo("Page 1 of 2");

        // Next with nothing answered: messages beside the fields and in the summary
        click("Next");
        ChoiceField q1 = radio("Communication after referral was good");
        assertThat(_get(ErrorSummary.class).isVisible()).isTrue();
        assertThat(q1.isInvalid()).isTrue();
        assertThat(q1.getErrorMessage()).isEqualTo("Choose an answer");
        assertThat(_find(Anchor.class, spec -> spec.withText("Communication after referral was good: Choose an answer")))
                .hasSize(1);

        // Q3 appears only when Q2 is "Yes"
        assertThat(_find(ChoiceField.class, spec -> spec.withLabel("How long did it take?"))).isEmpty();
        choose("Did your child get a plan?", "yes");
        ChoiceField q3 = radio("How long did it take?");
        choose(q1, "agree");
        choose(q3, "within_20_weeks");
        click("Next");

        assertThat(progress()).isEqualTo("Page 2 of 2");
        choose("Who helped you? (optional)", "school", "forum");
        click("Next");

        assertThat(_get(H1.class).getText()).isEqualTo("Check your answers");
        String summary = _get(DescriptionList.class).getElement().getTextRecursively();
        assertThat(summary).contains("Communication after referral was good", "Agree", "Within 20 weeks",
                "School, The parent carer forum", "Not answered");

        // Change the first answer: back to its page, then straight back to the check page
        _click(_find(Button.class, spec -> spec.withText("Change")).getFirst());
        assertThat(progress()).isEqualTo("Page 1 of 2");
        choose("Communication after referral was good", "disagree");
        click("Continue");
        assertThat(_get(H1.class).getText()).isEqualTo("Check your answers");
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("Disagree");

        click("Send your answers");
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you, your answers were sent");
        assertThat(_get(Anchor.class, spec -> spec.withText("You said, we did")).getHref())
                .isEqualTo("plans/" + planId + "/you-said-we-did");
        var tally = as(NORTHMERE_OFFICER, () -> surveys.tally(b.wave().id(), b.q(1).id()));
        assertThat(tally.optionCounts()).containsEntry("disagree", 1L).containsEntry("agree", 0L);
        assertThat(as(NORTHMERE_OFFICER, () -> surveys.tally(b.wave().id(), b.q(4).id())).optionCounts())
                .containsEntry("forum", 1L);
    }

    @Test
    void easy_read_mode_asks_one_question_a_page_with_faces_in_words_and_resumes_where_they_stopped() {
        Built b = as(NORTHMERE_OFFICER, () -> SurveyFixtures.easyRead(surveys, planId, "Young view check"));
        login(NORTHMERE_YOUNG_PERSON);
        UI.getCurrent().navigate("surveys/" + b.wave().id() + "/take");
        click("Start now");

        assertThat(progress()).isEqualTo("Question 1 of 3");
        ChoiceField feel = radio("How do you feel about school?");
        assertThat(optionWords(feel)).containsExactly("😄Really happy", "🙂Happy", "😐OK", "🙁Sad", "😢Really sad");
        click("Next");
        assertThat(feel.getErrorMessage()).isEqualTo("Choose an answer");
        choose(feel, "happy");
        click("Next");
        assertThat(progress()).isEqualTo("Question 2 of 3");
        click("Back");
        assertThat(progress()).isEqualTo("Question 1 of 3");
        assertThat(radio("How do you feel about school?").getValue()).containsExactly("happy");
        click("Next");
        choose("Do adults listen to you?", "yes");
        click("Next");
        assertThat(progress()).isEqualTo("Question 3 of 3");

        // Leave and come back: the draft brings them back to question 3 with their answers
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("surveys/" + b.wave().id() + "/take");
        assertThat(progress()).isEqualTo("Question 3 of 3");
        _get(TextField.class, spec -> spec.withLabel("What would make school better? (optional)"))
                .setValue("More quiet places at lunch");
        click("Next");
        assertThat(_get(H1.class).getText()).isEqualTo("Check your answers");
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("Happy", "Yes",
                "More quiet places at lunch");
        click("Send my answers");

        assertThat(_get(H1.class).getText()).isEqualTo("Thank you!");
        assertThat(jdbc.queryForList("select status from survey_response where wave_id = ?", String.class, b.wave().id()))
                .containsExactly("SUBMITTED");
    }

    @Test
    void a_young_person_finds_the_demo_survey_under_surveys_for_you() {
        login(NORTHMERE_YOUNG_PERSON);
        UI.getCurrent().navigate("my-surveys");

        Anchor take = _get(Anchor.class, spec -> spec.withText("Answer the survey: What do you think about help at school?"));
        UI.getCurrent().navigate(take.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("What do you think about help at school?");

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("my-surveys");
        assertThat(_find(Anchor.class, spec -> spec.withText("Answer the survey: What do you think about help at school?")))
                .isEmpty();
    }

    @Test
    void an_officer_previews_a_survey_and_nothing_is_saved() {
        Built b = as(NORTHMERE_OFFICER, () -> SurveyFixtures.easyRead(surveys, planId, "Preview check"));
        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("surveys/" + b.definition().id() + "/preview");

        assertThat(_find(Paragraph.class, spec -> spec.withText("This is a preview. Nothing you enter is saved or counted.")))
                .isNotEmpty();
        click("Start now");
        choose("How do you feel about school?", "sad");
        click("Next");
        choose("Do adults listen to you?", "no");
        click("Next");
        click("Next");
        click("Send my answers");

        assertThat(_find(Paragraph.class, spec -> spec.withText("That is the end of the preview. Nothing was saved.")))
                .isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class,
                b.wave().id())).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void anyone_with_the_link_takes_the_survey_signed_out_and_a_bad_link_says_closed() {
        Built b = as(NORTHMERE_OFFICER, () -> SurveyFixtures.easyRead(surveys, planId, "Link view check"));
        SurveyLink link = as(NORTHMERE_OFFICER, () -> surveys.openLink(b.wave().id()));
        logout();

        UI.getCurrent().navigate("s/" + "A".repeat(43));
        assertThat(_get(H1.class).getText()).isEqualTo("This survey is closed");

        double startedBefore = meters.get(app.tandem.operations.SurveyMetrics.STARTED).counter().count();
        double completedBefore = meters.get(app.tandem.operations.SurveyMetrics.COMPLETED).counter().count();
        UI.getCurrent().navigate(link.path());
        assertThat(_get(H1.class).getText()).isEqualTo("Link view check");
        assertThat(meters.get(app.tandem.operations.SurveyMetrics.STARTED).counter().count()).isEqualTo(startedBefore + 1);
        click("Start now");
        choose("How do you feel about school?", "very_happy");
        click("Next");
        choose("Do adults listen to you?", "not_sure");
        click("Next");
        click("Next");
        click("Send my answers");

        assertThat(_get(H1.class).getText()).isEqualTo("Thank you!");
        assertThat(meters.get(app.tandem.operations.SurveyMetrics.COMPLETED).counter().count())
                .as("the operations module's meters count the completed survey (issue 9 part 6)").isEqualTo(completedBefore + 1);
        assertThat(jdbc.queryForList("select account_id from survey_response where wave_id = ?", Object.class,
                b.wave().id())).containsExactly((Object) null);
        assertThat(as(NORTHMERE_OFFICER, () -> surveys.tally(b.wave().id(), b.q(1).id())).optionCounts())
                .containsEntry("very_happy", 1L);
        assertThat(List.of(link.token())).isNotEmpty();
    }
}

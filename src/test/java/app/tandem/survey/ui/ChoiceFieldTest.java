package app.tandem.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey's light-weight choice field: what the browser is sent and what it may send back. */
class ChoiceFieldTest {

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    static Map<String, String> options(String... codeAndWords) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndWords.length; i += 2) {
            map.put(codeAndWords[i], codeAndWords[i + 1]);
        }
        return map;
    }

    static Document markup(ChoiceField field) {
        MockVaadin.clientRoundtrip(false);
        return Jsoup.parseBodyFragment(field.getElement().getProperty("innerHTML"));
    }

    @Test
    void a_question_is_a_fieldset_with_a_legend_and_a_labelled_radio_per_option() {
        ChoiceField field = new ChoiceField("Did your child get a plan?", options("yes", "Yes", "no", "No"), false, false);
        field.setId("q7");
        field.setHelp("An EHC plan.");
        field.setRequiredIndicatorVisible(true);
        field.setValue(List.of("no"));
        UI.getCurrent().add(field);

        Document html = markup(field);
        assertThat(field.getElement().getTag()).isEqualTo("fieldset");
        assertThat(html.select("legend").text()).isEqualTo("Did your child get a plan?");
        assertThat(html.select("input[type=radio]").eachAttr("value")).containsExactly("yes", "no");
        assertThat(html.select("input[name=q7]")).hasSize(2);
        assertThat(html.select("label").first().text()).isEqualTo("Yes");
        assertThat(html.select("label > input[value=yes]")).as("each input inside its label").hasSize(1);
        assertThat(html.select("input[checked]").eachAttr("value")).containsExactly("no");
        assertThat(field.getElement().getAttribute("role")).isEqualTo("radiogroup");
        assertThat(field.getElement().getAttribute("aria-required")).isEqualTo("true");
        assertThat(field.getElement().getAttribute("aria-describedby")).isEqualTo("q7-help");
        assertThat(html.getElementById("q7-help").text()).isEqualTo("An EHC plan.");
        // the whole question is one state node: no element children for the options
        assertThat(field.getElement().getChildCount()).isZero();
    }

    @Test
    void words_from_people_are_text_never_markup() {
        String evil = "<img src=x onerror=alert(1)> & \"quoted\"";
        ChoiceField field = new ChoiceField(evil, options("a\"><script>alert(2)</script>", evil), false, false);
        field.setHelp("<b>bold</b>");
        UI.getCurrent().add(field);

        Document html = markup(field);
        assertThat(html.select("img, script, b")).isEmpty();
        assertThat(html.select("legend").text()).isEqualTo(evil);
        assertThat(html.select("label").text()).isEqualTo(evil);
        assertThat(html.select("input").attr("value")).isEqualTo("a\"><script>alert(2)</script>");
        assertThat(html.select(".choice-help").text()).isEqualTo("<b>bold</b>");
    }

    static void change(ChoiceField field, String... values) {
        var checked = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        for (String v : values) {
            checked.add(v);
        }
        var data = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        data.set(ChoiceField.CHECKED, checked);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(field, "change", data);
    }

    @Test
    void what_the_browser_sends_is_kept_only_when_it_is_one_of_the_options() {
        ChoiceField radios = new ChoiceField("One", options("a", "A", "b", "B", "c", "C"), false, true);
        ChoiceField boxes = new ChoiceField("Several", options("a", "A", "b", "B", "c", "C"), true, true);
        UI.getCurrent().add(radios, boxes);
        List<List<String>> seen = new ArrayList<>();
        radios.addValueChangeListener(e -> {
            assertThat(e.isFromClient()).isTrue();
            seen.add(e.getValue());
        });

        change(radios, "b");
        assertThat(radios.getValue()).containsExactly("b");
        change(radios, "zzz"); // not an option: as if nothing were chosen
        assertThat(radios.getValue()).isEmpty();
        change(radios, "c");
        change(radios, "a", "b"); // two at once is not something a radio group sends
        assertThat(radios.getValue()).containsExactly("c");
        assertThat(seen).containsExactly(List.of("b"), List.of(), List.of("c"));

        change(boxes, "c", "a", "nope");
        assertThat(boxes.getValue()).as("in the options' order, unknown values dropped").containsExactly("a", "c");
    }

    @Test
    void a_field_nothing_depends_on_sends_no_round_trip_per_tick_and_takes_its_value_from_the_page() {
        ChoiceField quiet = new ChoiceField("One", options("a", "A", "b", "B"), false, false);
        UI.getCurrent().add(quiet);
        change(quiet, "a"); // the browser would not even send this: there is no change listener
        assertThat(quiet.getValue()).isEmpty();
        assertThat(quiet.isLive()).isFalse();

        quiet.fromBrowser(List.of("b")); // what the page's Next button hands in
        assertThat(quiet.getValue()).containsExactly("b");
        quiet.fromBrowser(List.of("b", "<x>"));
        assertThat(quiet.getValue()).containsExactly("b");
    }

    @Test
    void an_error_is_shown_beside_the_choices_and_described_to_screen_readers() {
        ChoiceField field = new ChoiceField("How do you feel?", options("happy", "Happy", "sad", "Sad"), false, false);
        field.setId("q3");
        field.decorate("happy", "🙂");
        field.layout(ChoiceField.Layout.FACES);
        UI.getCurrent().add(field);
        field.setErrorMessage("Choose an answer");
        field.setInvalid(true);

        Document html = markup(field);
        assertThat(html.getElementById("q3-error").text()).endsWith("Choose an answer");
        assertThat(field.getElement().getAttribute("aria-describedby")).isEqualTo("q3-error");
        assertThat(html.select("input[aria-invalid=true]")).hasSize(2);
        assertThat(field.hasClassName("choice-invalid")).isTrue();
        assertThat(html.select("label .face[aria-hidden=true]").text()).isEqualTo("🙂");

        field.setInvalid(false);
        html = markup(field);
        assertThat(html.getElementById("q3-error")).isNull();
        assertThat(field.getElement().hasAttribute("aria-describedby")).isFalse();
    }
}

package app.tandem.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.KaribuTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostUpdateViewTest extends KaribuTest {

    @Autowired PlanService plans;

    long own;
    long others;

    @BeforeEach
    void findActions() {
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        // The last one the officer leads: other tests use the first.
        List<ActionRow> mine = plans.findActions(planId, TestData.ledBy(officer.accountId()), 0, 1000);
        own = mine.getLast().id();
        others = plans.findActions(planId, ActionFilter.none(), 0, 1000).stream().map(ActionRow::id)
                .filter(id -> !plans.getAction(id).canEdit()).findFirst().orElseThrow();
    }

    @Test
    void missing_words_are_named_in_the_summary_and_beside_the_field() {
        UI.getCurrent().navigate("actions/" + own + "/update");

        _click(_get(Button.class, spec -> spec.withText("Post the update")));

        TextArea words = _get(TextArea.class, spec -> spec.withLabel("What happened"));
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).isEqualTo("Enter what happened.");
        Div summary = _get(Div.class, spec -> spec.withClasses("error-summary"));
        assertThat(summary.isVisible()).isTrue();
        assertThat(_get(summary, Anchor.class, spec -> spec.withText("What happened: Enter what happened.")).getHref())
                .isEqualTo("#field-narrative");
    }

    @Test
    void a_web_address_that_is_not_http_is_refused_beside_the_evidence() {
        UI.getCurrent().navigate("actions/" + own + "/update");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened")), "Link check");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Web address of evidence 1")), "javascript:alert(1)");

        _click(_get(Button.class, spec -> spec.withText("Post the update")));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("field-error"))).singleElement()
                .extracting(Paragraph::getText).isEqualTo("Enter a full web address starting with https:// or http://.");
    }

    @Test
    void a_posted_update_shows_on_the_action_page_timeline() {
        String words = "Posted from the form test " + System.nanoTime() + " <b>not bold</b>";
        UI.getCurrent().navigate("actions/" + own + "/update");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened")), words);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Web address of evidence 1")),
                "https://www.northmere.example/minutes");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title of evidence 1 (optional)")), "Forum minutes");

        _click(_get(Button.class, spec -> spec.withText("Post the update")));

        assertThat(currentView().getSimpleName()).isEqualTo("ActionView");
        Div update = _find(Div.class, spec -> spec.withClasses("progress-update")).getFirst();
        assertThat(_get(update, Paragraph.class, spec -> spec.withText(words))).isNotNull();
        assertThat(_get(update, H3.class).getText()).contains("by ");
        Anchor link = _get(update, Anchor.class, spec -> spec.withText("Forum minutes (opens in a new tab)"));
        assertThat(link.getHref()).isEqualTo("https://www.northmere.example/minutes");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void an_officer_who_does_not_lead_the_action_is_turned_away() {
        UI.getCurrent().navigate("actions/" + others + "/update");

        assertThat(_find(Button.class, spec -> spec.withText("Post the update"))).isEmpty();
    }

    @Test
    void a_family_member_cannot_open_the_form() {
        login(NORTHMERE_FORUM_MEMBER);

        assertThatThrownBy(() -> UI.getCurrent().navigate("actions/" + own + "/update"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Test
    void my_actions_puts_those_needing_attention_first_then_update_due() {
        UI.getCurrent().navigate("my-actions");

        List<String> headings = _find(com.vaadin.flow.component.html.H2.class).stream()
                .map(com.vaadin.flow.component.html.H2::getText).toList();
        assertThat(headings).isNotEmpty();
        List<String> order = List.of("Needs attention", "Update due", "Up to date");
        List<Integer> positions = headings.stream().map(h -> order.indexOf(h.substring(0, h.indexOf(" (")))).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(_find(Anchor.class, spec -> spec.withText("Post an update"))).isNotEmpty();
    }
}

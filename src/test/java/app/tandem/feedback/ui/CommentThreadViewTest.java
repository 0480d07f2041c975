package app.tandem.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.plan.PlanService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A parent comments on the action page; the lead officer sees it waiting and answers; the parent sees the answer. */
class CommentThreadViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    long actionId;

    @BeforeEach
    void anActionTheOfficerLeads() {
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
    }

    @Test
    void parent_comments_officer_answers_parent_sees_the_answer() {
        String words = "<img src=x onerror=alert(1)> When will the drop-in sessions start?";
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("actions/" + actionId);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), words);
        _click(_get(Button.class, spec -> spec.withText("Post comment")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(words))).hasSize(1);
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("Thank you. The lead officer will answer by"));

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("responses");
        assertThat(_get(H1.class).getText()).isEqualTo("Comments awaiting my response");
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("When will the drop-in sessions start?"));
        UI.getCurrent().navigate("actions/" + actionId);
        Button give = _find(Button.class, spec -> spec.withText("Give official response")).getLast();
        _click(give);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<app.tandem.feedback.ResponseOutcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("What happens"));
        outcome.setValue(app.tandem.feedback.ResponseOutcome.DONE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your response, in plain words")), "They start on Monday.");
        _click(_get(Button.class, spec -> spec.withText("Publish response")));

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("actions/" + actionId);
        assertThat(_find(Paragraph.class, spec -> spec.withText("They start on Monday."))).hasSize(1);
    }

    @Test
    void a_comment_with_a_phone_number_tells_the_author_it_waits_for_a_moderator() {
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("actions/" + actionId);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "Call me on 07700 900321");
        _click(_get(Button.class, spec -> spec.withText("Post comment")));

        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("Thank you. A moderator will check"));

        login(NORTHMERE_VIEWER);
        UI.getCurrent().navigate("actions/" + actionId);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Call me on 07700 900321"))).isEmpty();
    }

    @Test
    void the_viewer_cannot_open_the_moderation_page_but_the_admin_can() {
        login(NORTHMERE_ADMIN);
        UI.getCurrent().navigate("moderation");
        assertThat(_get(H1.class).getText()).isEqualTo("Comments waiting for a moderator");
        login(NORTHMERE_VIEWER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("moderation"))
                .hasMessageContaining("Access is denied");
    }
}

package app.tandem.plan.ui;

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
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer keeps the actions they lead: the server checks what they type, refuses to overwrite
 * someone else's newer save, and nobody edits what they do not lead.
 */
class ActionEditViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Test
    void empty_title_shows_the_problem_at_the_top_and_beside_the_field_and_saves_nothing() {
        ActionDetail before = ledAction(0);
        openEdit(before.id());
        TextArea title = _get(TextArea.class, spec -> spec.withLabel("Action"));

        _setValue(title, "   ");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(_get(H2.class, spec -> spec.withText("There is a problem")).isVisible()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Action: Enter what the action will do.")).getHref())
                .as("the summary links to the field").isEqualTo("#field-title");
        HasValidationUtilsKt._expectInvalid(title, "Enter what the action will do.");
        assertThat(currentView()).isEqualTo(ActionEditView.class);
        ActionDetail after = plans.getAction(before.id());
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void valid_change_is_saved_and_the_officer_returns_to_the_action() {
        ActionDetail before = ledAction(1);
        openEdit(before.id());
        String notes = "Checked with the forum on " + System.nanoTime();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes and comments")), notes);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        NotificationsKt.expectNotifications("Your changes are saved.");
        assertThat(currentView()).isEqualTo(ActionView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("actions/" + before.id());
        ActionDetail after = plans.getAction(before.id());
        assertThat(after.notes()).isEqualTo(notes);
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.version()).isGreaterThan(before.version());
        restore(before);
    }

    @Test
    void saving_after_someone_else_changed_the_action_shows_a_conflict_and_keeps_their_change() {
        ActionDetail before = ledAction(2);
        openEdit(before.id());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes and comments")), "The officer's version");

        String theirs = "The admin's version " + System.nanoTime();
        as(NORTHMERE_ADMIN, () -> plans.updateAction(before.id(), TestData.withNotes(plans.getAction(before.id()), theirs)));
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(_get(H2.class, spec -> spec.withText("Someone else changed this action")).isVisible()).isTrue();
        assertThat(currentView()).isEqualTo(ActionEditView.class);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Notes and comments")).getValue())
                .as("what the officer typed is still in the form").isEqualTo("The officer's version");
        assertThat(plans.getAction(before.id()).notes()).isEqualTo(theirs);
        restore(before);
    }

    @Test
    void officer_cannot_open_the_edit_page_of_an_action_they_do_not_lead() {
        login(NORTHMERE_OFFICER);
        ActionRow notTheirs = plans.findActions(planId(), ActionFilter.none(), 0, 1000).stream()
                .filter(r -> !plans.getAction(r.id()).canEdit())
                .findFirst().orElseThrow();

        UI.getCurrent().navigate("actions/" + notTheirs.id() + "/edit");

        assertThat(_get(H1.class).getText()).isEqualTo("You cannot do that");
        _find(TextArea.class).forEach(t -> assertThat(t.getValue()).isNotEqualTo(notTheirs.title()));
        assertThat(_find(Button.class, spec -> spec.withText("Save changes"))).isEmpty();
    }

    @Test
    void forum_member_cannot_open_any_edit_page() {
        ActionDetail action = ledAction(0);
        login(NORTHMERE_FORUM_MEMBER);

        assertThatThrownBy(() -> UI.getCurrent().navigate("actions/" + action.id() + "/edit"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Button.class, spec -> spec.withText("Save changes"))).isEmpty();
    }

    @Test
    void another_areas_officer_gets_not_found_for_northmere_ids_and_sees_none_of_their_data() {
        ActionDetail northmereAction = ledAction(0);
        String planTitle = plans.getPlan(northmereAction.planId()).title();
        login(EASTBROOK_OFFICER);

        for (String path : List.of("actions/" + northmereAction.id(), "actions/" + northmereAction.id() + "/edit",
                "plans/" + northmereAction.planId(), "plans/" + northmereAction.planId() + "/risks")) {
            UI.getCurrent().navigate(path);

            assertThat(_get(H1.class).getText()).as(path).isEqualTo("Page not found");
            String page = UI.getCurrent().getElement().getTextRecursively();
            assertThat(page).as(path).doesNotContain(planTitle).doesNotContain(northmereAction.title());
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The n-th action the Northmere officer leads in person, read as that officer (who stays signed in). */
    private ActionDetail ledAction(int n) {
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        List<ActionRow> led = plans.findActions(planId(), TestData.ledBy(officer.accountId()), 0, 1000);
        assertThat(led).as("actions the demo officer leads").hasSizeGreaterThan(n);
        ActionDetail action = plans.getAction(led.get(n).id());
        assertThat(action.canEdit()).isTrue();
        return action;
    }

    private long planId() {
        return plans.listPlans().getFirst().id();
    }

    private void openEdit(long actionId) {
        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("actions/" + actionId + "/edit");
        assertThat(currentView()).isEqualTo(ActionEditView.class);
    }

    /** Puts an action back as it was, so other tests see the demo data. */
    private void restore(ActionDetail original) {
        as(NORTHMERE_ADMIN, () -> plans.updateAction(original.id(),
                TestData.withNotes(plans.getAction(original.id()), original.notes())));
    }
}

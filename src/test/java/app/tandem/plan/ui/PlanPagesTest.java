package app.tandem.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.TestData;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.plan.PlanViews.StatusView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in lands on the area's plan; the plan page's filters narrow its action list. */
class PlanPagesTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {NORTHMERE_ADMIN, NORTHMERE_OFFICER, NORTHMERE_FORUM_MEMBER, NORTHMERE_YOUNG_PERSON,
            NORTHMERE_VIEWER, EASTBROOK_OFFICER, EASTBROOK_ADMIN})
    void every_role_lands_on_their_home_and_reaches_their_own_areas_plan(String email) {
        login(email);
        PlanSummary own = onlyPlan();

        // Home answers the role's own question (issue 11) instead of forwarding to the plan.
        UI.getCurrent().navigate("");
        assertThat(currentView().getName()).isEqualTo("app.tandem.home.ui.HomeView");
        assertThat(_find(H1.class)).hasSize(1);

        UI.getCurrent().navigate("plans/" + own.id());
        assertThat(currentView()).isEqualTo(PlanView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + own.id());
        assertThat(_get(H1.class).getText()).isEqualTo(own.title());
    }

    @Test
    void an_admin_links_a_priority_sponsor_to_an_account_and_only_admins_see_the_button() {
        login(NORTHMERE_ADMIN);
        PlanSummary plan = onlyPlan();
        app.tandem.plan.PrioritySponsor first = plans.prioritySponsors(plan.id()).getFirst();
        UI.getCurrent().navigate("plans/" + plan.id());
        String buttonText = "Change who gets the sponsor digest for priority " + first.number();
        LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText(buttonText)));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<app.tandem.access.PersonSummary> account =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Sponsor’s account"));
        app.tandem.access.PersonSummary chosen = account.getListDataView().getItems()
                .filter(p -> first.accountId() == null || p.id() != first.accountId()).findFirst().orElseThrow();
        account.setValue(chosen);
        LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save changes")));
        try {
            assertThat(plans.prioritySponsors(plan.id()).getFirst().accountId()).isEqualTo(chosen.id());
            assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).anyMatch(p -> p.getText()
                    .equals("The weekly sponsor digest for this priority goes to " + chosen.displayName() + "."));
        } finally {
            app.tandem.plan.PrioritySponsor now = plans.prioritySponsors(plan.id()).getFirst();
            plans.linkSponsor(now.priorityId(), now.version(), first.accountId());
        }

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("plans/" + plan.id());
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText(buttonText))).isEmpty();
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("");

        assertThat(currentView()).isEqualTo(app.tandem.access.ui.LoginView.class);
    }

    @Test
    void status_filter_shows_only_actions_with_the_chosen_status() {
        login(NORTHMERE_VIEWER);
        PlanSummary plan = onlyPlan();
        StatusCount chosen = plans.statusCounts(plan.id()).stream()
                .filter(c -> c.status() != null && c.count() > 0 && c.count() < plan.actionCount())
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("plans/" + plan.id());
        Grid<ActionRow> grid = actionGrid();
        assertThat(GridKt._size(grid)).isEqualTo(plan.actionCount());

        MultiSelectComboBox<StatusView> status = statusFilter();
        LocatorJ._setValue(status, Set.of(status.getListDataView().getItems()
                .filter(s -> s.id() == chosen.status().id()).findFirst().orElseThrow()));

        assertThat(GridKt._size(grid)).isEqualTo(chosen.count());
        assertThat(rows(grid)).allSatisfy(r -> assertThat(r.status()).isNotNull()
                .extracting(StatusView::id).isEqualTo(chosen.status().id()));
    }

    @Test
    void text_filter_shows_only_matching_actions() {
        login(NORTHMERE_FORUM_MEMBER);
        PlanSummary plan = onlyPlan();
        String word = "therapy";
        ActionFilter filter = TestData.text(word);
        long expected = plans.countActions(plan.id(), filter);
        assertThat(expected).as("demo actions mentioning '%s'", word).isBetween(1L, plan.actionCount() - 1);
        UI.getCurrent().navigate("plans/" + plan.id());
        Grid<ActionRow> grid = actionGrid();

        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Search actions")), word);

        assertThat(GridKt._size(grid)).isEqualTo(expected);
        assertThat(rows(grid)).extracting(ActionRow::id)
                .containsExactlyElementsOf(plans.findActions(plan.id(), filter, 0, 1000).stream()
                        .map(ActionRow::id).toList());
    }

    @Test
    void filters_that_match_nothing_leave_an_empty_list() {
        login(NORTHMERE_OFFICER);
        PlanSummary plan = onlyPlan();
        UI.getCurrent().navigate("plans/" + plan.id());

        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Search actions")), "no action says zqxjv");

        assertThat(GridKt._size(actionGrid())).isZero();
    }

    private PlanSummary onlyPlan() {
        List<PlanSummary> list = plans.listPlans();
        assertThat(list).hasSize(1);
        return list.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActionRow> actionGrid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<StatusView> statusFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Status"));
    }

    private static List<ActionRow> rows(Grid<ActionRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}

package app.tandem.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportPagesTest extends KaribuTest {

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @Test
    void an_admin_closes_a_period_after_checking() {
        login(NORTHMERE_ADMIN);
        long planId = plans.listPlans().getFirst().id();
        PeriodView p = reports.addPeriod(planId, new PeriodEdit(0, "Karibu close check", LocalDate.of(2042, 1, 1),
                LocalDate.of(2042, 3, 31), null));

        UI.getCurrent().navigate("plans/" + planId + "/periods");
        assertThat(_get(H1.class).getText()).isEqualTo("Reporting periods");
        // The row's "Close period" button lives in a grid cell; it opens this check.
        _get(PeriodsView.class).confirmClose(p);
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle())
                .isEqualTo("Check before you close Karibu close check");
        _get(Button.class, spec -> spec.withText("Close the period")).click();

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .contains("Karibu close check is closed");
        assertThat(reports.periods(planId).stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow().closed()).isTrue();
    }

    @Test
    void a_board_member_reads_a_closed_report_with_charts_and_tables() {
        login(NORTHMERE_VIEWER);
        long planId = plans.listPlans().getFirst().id();
        PeriodView aug = reports.periods(planId).stream().filter(x -> x.name().equals("Aug 2026 update")).findFirst()
                .orElseThrow();

        UI.getCurrent().navigate("plans/" + planId + "/report/" + aug.id());

        assertThat(currentView()).isEqualTo(HighlightReportView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Highlight report: Aug 2026 update");
        assertThat(_find(ListItem.class)).anyMatch(li -> li.getText().matches("\\d+ Blue \\(\\d+ at May 2026 update\\)"));
        assertThat(_find(Image.class)).hasSize(2).allSatisfy(i -> assertThat(i.getSrc()).startsWith("data:image/svg+xml;base64,"));
        assertThat(_find(NativeTable.class)).anyMatch(t -> t.getCaptionText().equals("Actions by status, this period and last"));
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void an_admin_edits_the_narrative_of_the_open_period() {
        login(NORTHMERE_ADMIN);
        long planId = plans.listPlans().getFirst().id();
        PeriodView nov = reports.periods(planId).stream().filter(x -> x.name().equals("Nov 2026 update")).findFirst()
                .orElseThrow();

        UI.getCurrent().navigate("plans/" + planId + "/report/" + nov.id());

        assertThat(_find(TextArea.class)).hasSize(4);
        _get(Button.class, spec -> spec.withText("Save the written sections")).click();
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text")).isEqualTo("Saved.");
    }

    @Test
    void forum_members_cannot_open_the_report() {
        login(NORTHMERE_FORUM_MEMBER);
        long planId = plans.listPlans().getFirst().id();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("plans/" + planId + "/report/1"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Test
    void anyone_opens_the_public_plan_page() {
        long planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        String title = as(NORTHMERE_ADMIN, () -> plans.getPlan(planId).title());

        UI.getCurrent().navigate("public/northmere/" + planId);

        assertThat(currentView()).isEqualTo(PublicPlanView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(title);
    }
}

package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.report.ReportViews.CloseResult;
import app.tandem.report.ReportViews.ExportFormat;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.report.ReportViews.PublicPlan;
import app.tandem.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ReportServiceTest extends TandemSpringTest {

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    PlatformTransactionManager transactionManager;

    long northmerePlan() {
        return as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
    }

    long eastbrookPlan() {
        return as(EASTBROOK_ADMIN, () -> plans.listPlans().getFirst().id());
    }

    PeriodView period(String name) {
        return as(NORTHMERE_ADMIN, () -> reports.periods(northmerePlan()).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow());
    }

    @Test
    void closing_twice_freezes_once_and_says_it_was_closed() {
        login(NORTHMERE_ADMIN);
        long planId = northmerePlan();
        PeriodView p = reports.addPeriod(planId, new PeriodEdit(0, "Close twice check", LocalDate.of(2040, 1, 1),
                LocalDate.of(2040, 3, 31), null));

        CloseResult first = reports.closePeriod(p.id());
        CloseResult second = reports.closePeriod(p.id());

        assertThat(first.alreadyClosed()).isFalse();
        assertThat(first.actionsFrozen()).isEqualTo(plans.countActions(planId, ActionFilter.none()));
        assertThat(second.alreadyClosed()).isTrue();
        assertThat(second.actionsFrozen()).isEqualTo(first.actionsFrozen());
        assertThat(second.period().closedAt()).isEqualTo(first.period().closedAt());
    }

    @Test
    void a_closed_snapshot_does_not_change_when_the_plan_does() {
        login(NORTHMERE_ADMIN);
        long planId = northmerePlan();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            PeriodView p = reports.addPeriod(planId, new PeriodEdit(0, "Frozen check", LocalDate.of(2041, 1, 1),
                    LocalDate.of(2041, 3, 31), null));
            reports.closePeriod(p.id());
            HighlightReport before = reports.highlightReport(planId, p.id());
            ActionRow row = plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst();
            ActionDetail action = plans.getAction(row.id());
            StatusView other = action.scheme().stream()
                    .filter(s -> action.status() == null || s.id() != action.status().id()).findFirst().orElseThrow();
            var e = TestData.unchanged(action);
            plans.updateAction(row.id(), new app.tandem.plan.ActionEdit(e.version(), e.title(), e.objective(),
                    e.inspectionFinding(), e.leadOrganisationId(), e.partnerOrganisationIds(), e.leadOfficerIds(),
                    e.whoText(), e.seniorLead(), e.healthAction(), e.laAction(), e.resource(), e.startWords(),
                    e.endWords(), e.detail(), e.monitoring(), e.measureOfSuccess(), e.evidence(), e.notes(), other.id(),
                    null));

            HighlightReport after = reports.highlightReport(planId, p.id());

            assertThat(after.tallies()).isEqualTo(before.tallies());
            assertThat(after.priorities()).isEqualTo(before.priorities());
            assertThat(after.frozen()).isTrue();
            assertThatThrownBy(() -> reports.updatePeriod(p.id(), new PeriodEdit(p.version() + 1, "Renamed",
                    p.startDate(), p.endDate(), null))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> reports.saveNarrative(p.id(), after.narrative()))
                    .isInstanceOf(InvalidInputException.class);
        });
    }

    @Test
    void a_closed_periods_report_counts_its_snapshot_against_the_previous_one() {
        login(NORTHMERE_VIEWER);
        long planId = northmerePlan();

        HighlightReport aug = reports.highlightReport(planId, period("Aug 2026 update").id());
        HighlightReport may = reports.highlightReport(planId, period("May 2026 update").id());

        assertThat(aug.previous().name()).isEqualTo("May 2026 update");
        assertThat(aug.total()).isEqualTo(aug.tallies().stream().mapToLong(t -> t.now()).sum());
        // What May had is what August compares with.
        assertThat(aug.tallies()).extracting(t -> t.previous())
                .containsExactlyElementsOf(may.tallies().stream().map(t -> (Long) t.now()).toList());
        long completeAug = aug.tallies().stream().filter(t -> t.status() != null && t.status().complete()).mapToLong(t -> t.now()).sum();
        long completeMay = may.tallies().stream().filter(t -> t.status() != null && t.status().complete()).mapToLong(t -> t.now()).sum();
        assertThat(completeAug).isGreaterThan(completeMay);
        assertThat(aug.priorities().stream().flatMap(b -> b.actions().stream()).anyMatch(c -> c.changed())).isTrue();
    }

    @Test
    void an_open_periods_report_counts_the_live_plan() {
        login(NORTHMERE_OFFICER);
        long planId = northmerePlan();

        HighlightReport nov = reports.highlightReport(planId, period("Nov 2026 update").id());

        List<StatusCount> live = plans.statusCounts(planId);
        assertThat(nov.frozen()).isFalse();
        assertThat(nov.previous().name()).isEqualTo("Aug 2026 update");
        assertThat(nov.tallies().stream().filter(t -> t.status() != null).map(t -> t.now()).toList())
                .isEqualTo(live.stream().filter(c -> c.status() != null).map(StatusCount::count).toList());
    }

    @Test
    void exports_are_real_pdf_and_xlsx_files() {
        login(NORTHMERE_ADMIN);
        long planId = northmerePlan();
        long periodId = period("Aug 2026 update").id();

        var pdf = reports.exportReport(planId, periodId, ExportFormat.PDF);
        var xlsx = reports.exportReport(planId, periodId, ExportFormat.XLSX);
        var pack = reports.exportEvidencePack(planId, plans.getPlan(planId).priorities().getFirst().id(), ExportFormat.PDF);

        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P'); // a zip
        assertThat(new String(pack.bytes(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void anyone_can_read_a_published_plan_without_signing_in() {
        long planId = northmerePlan();
        logout();

        PublicPlan plan = reports.publicPlan("northmere", planId);

        assertThat(plan.areaName()).isEqualTo("Northmere");
        assertThat(plan.priorities()).isNotEmpty();
        assertThat(plan.priorities().stream().flatMap(p -> p.actions().stream())).allSatisfy(a -> assertThat(a.evidence()).isNull());
    }

    @Test
    void the_public_page_refuses_unpublished_plans_unknown_areas_and_mixed_slugs_and_ids() {
        long northmere = northmerePlan();
        long eastbrook = eastbrookPlan();
        logout();

        assertThatThrownBy(() -> reports.publicPlan("eastbrook", eastbrook)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.publicPlan("eastbrook", northmere)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.publicPlan("nowhere", northmere)).isInstanceOf(NotFoundException.class);
        login(EASTBROOK_ADMIN);
        assertThatThrownBy(() -> reports.publicPlan("northmere", eastbrook)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_public_plan_holds_no_risk_or_note_text() {
        long planId = northmerePlan();
        List<String> internal = as(NORTHMERE_ADMIN, () -> plans.findActions(planId, ActionFilter.none(), 0, 1000).stream()
                .map(r -> plans.getAction(r.id()))
                .flatMap(a -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(a.notes(), a.evidence()),
                        a.risks().stream().flatMap(r -> java.util.stream.Stream.of(r.description(), r.mitigation()))))
                .filter(s -> s != null && s.length() > 20).toList());
        assertThat(internal).isNotEmpty();
        logout();

        String page = reports.publicPlan("northmere", planId).toString();

        assertThat(internal).allSatisfy(text -> assertThat(page).doesNotContain(text));
    }

    @Autowired
    app.tandem.progress.ProgressService progress;

    @Test
    void the_public_page_shows_public_updates_and_never_internal_ones() {
        long planId = northmerePlan();
        long actionId = as(NORTHMERE_ADMIN, () -> {
            long id = plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id();
            progress.post(id, newUpdate("Public words for families.", false));
            progress.post(id, newUpdate("Internal words, staff only.", true));
            reports.setPublished(planId, true);
            return id;
        });
        logout();

        PublicPlan plan = reports.publicPlan("northmere", planId);

        assertThat(plan.updates()).anySatisfy(u -> {
            assertThat(u.actionId()).isEqualTo(actionId);
            assertThat(u.text()).isEqualTo("Public words for families.");
        });
        assertThat(plan.updates()).noneMatch(u -> u.text().contains("Internal words"));
    }

    @Test
    void the_evidence_pack_and_the_report_carry_updates_and_status_history() throws Exception {
        login(NORTHMERE_ADMIN);
        long planId = northmerePlan();
        var priority = plans.snapshotOf(planId).priorities().getFirst();
        long actionId = priority.actions().getFirst().id();
        var scheme = plans.getAction(actionId).scheme();
        var current = plans.getAction(actionId).status();
        long target = scheme.stream().filter(s -> current == null || s.id() != current.id()).findFirst().orElseThrow().id();
        progress.post(actionId, new app.tandem.progress.NewUpdate(java.util.UUID.randomUUID().toString(), LocalDate.now(),
                "Evidence pack words.", target, List.of(), List.of(), java.util.Set.of(), null));

        var xlsx = reports.exportEvidencePack(planId, priority.id(), ExportFormat.XLSX);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var updates = wb.getSheet("Updates");
            boolean found = false;
            for (var row : updates) {
                found |= row.getCell(4) != null && "Evidence pack words.".equals(row.getCell(4).getStringCellValue());
            }
            assertThat(found).as("the update is in the Updates sheet").isTrue();
            var actions = wb.getSheet("Actions");
            assertThat(actions.getRow(1).getCell(8).getStringCellValue()).contains("→");
        }
        long open = reports.addPeriod(planId, new PeriodEdit(0, "Latest line check", LocalDate.of(2042, 1, 1),
                LocalDate.of(2042, 3, 31), null)).id();
        assertThat(reports.highlightReport(planId, open).latestUpdates().get(actionId).text()).isEqualTo("Evidence pack words.");
    }

    private static app.tandem.progress.NewUpdate newUpdate(String words, boolean internalOnly) {
        return new app.tandem.progress.NewUpdate(java.util.UUID.randomUUID().toString(), LocalDate.now(), words, null,
                List.of(), List.of(), java.util.Set.of(), null, internalOnly);
    }
}

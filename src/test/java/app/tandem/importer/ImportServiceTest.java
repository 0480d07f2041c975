package app.tandem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.base.InvalidInputException;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.PlanSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports through the real services. Each test runs in a transaction that is rolled back, so the
 * shared demo data stays as it was (the imports join that transaction: all or nothing).
 */
class ImportServiceTest extends TandemSpringTest {

    @Autowired ImportService importer;
    @Autowired PlanService plans;
    @Autowired AccessService access;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    private <T> T rolledBack(Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private UploadedFile upload(String fixture) {
        return importer.readFile(fixture, new ByteArrayInputStream(Fixtures.bytes(fixture)));
    }

    private ImportRequest request(UploadedFile.Sheet sheet, String title, Set<String> create) {
        return new ImportRequest(sheet, importer.suggestMapping(sheet), title, PlanKind.IMPROVEMENT_PLAN, create, "file.xlsx");
    }

    private long importAll(UploadedFile.Sheet sheet, String title) {
        ImportPreview preview = importer.preview(request(sheet, title, Set.of()));
        Set<String> all = preview.newOrganisations().stream().map(ImportPreview.OrganisationProposal::shortName)
                .collect(Collectors.toSet());
        return importer.importSheet(request(sheet, title, all));
    }

    @Test
    void the_barnet_workbook_imports_every_action_with_its_risks_dates_and_organisations() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            long planId = importAll(upload(Fixtures.BARNET_XLSX).sheet("Improvement plan"), "Barnet improvement plan");

            assertThat(plans.countActions(planId, ActionFilter.none())).isEqualTo(20);
            assertThat(plans.getPlan(planId).priorities()).hasSize(8);
            assertThat(plans.riskRegister(planId).risks()).hasSize(16);
            List<ActionRow> rows = plans.findActions(planId, ActionFilter.none(), 0, 100);
            ActionDetail first = plans.getAction(rows.getFirst().id());
            assertThat(first.title()).isEqualTo("WH recruiting to vacant posts");
            assertThat(first.risks().getFirst().score().value()).isEqualTo(20);
            ActionDetail bid = plans.getAction(rows.stream().filter(r -> r.title().startsWith("BID")).findFirst().orElseThrow().id());
            assertThat(bid.leadOrganisation().label()).contains("CCG");
            assertThat(bid.end().words()).isEqualTo("31/07/22");
            assertThat(bid.end().date()).isEqualTo(java.time.LocalDate.of(2022, 7, 31));
            assertThat(bid.start().words()).isEqualTo("Nov-21");
            assertThat(access.organisations()).extracting(o -> o.shortName()).contains("NCL CCG", "BEH", "RPH");
            assertThat(jdbc.queryForObject("select count(*) from import_audit where plan_id = ? and what = 'IMPORT_SPREADSHEET'",
                    Long.class, planId)).isEqualTo(1);
            return null;
        });
    }

    @Test
    void the_hammersmith_csv_imports_every_issue_and_action() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            long planId = importAll(upload(Fixtures.HF_CSV).sheets().getFirst(), "Hammersmith and Fulham actions");
            assertThat(plans.getPlan(planId).priorities()).hasSize(23);
            assertThat(plans.countActions(planId, ActionFilter.none())).isEqualTo(28);
            return null;
        });
    }

    @Test
    void an_import_with_errors_saves_nothing_not_even_its_new_organisations() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            int before = access.organisations().size();
            long plansBefore = plans.listPlans().size();
            UploadedFile.Sheet sheet = upload(Fixtures.BARNET_CSV).sheets().getFirst();
            // Without an action column every row is an error.
            List<TandemField> mapping = importer.suggestMapping(sheet).stream()
                    .map(f -> f == TandemField.ACTION ? TandemField.IGNORE : f).toList();
            ImportRequest broken = new ImportRequest(sheet, mapping, "Broken", PlanKind.IMPROVEMENT_PLAN, Set.of("CCG", "BEH"), "x.csv");

            assertThat(importer.preview(broken).canImport()).isFalse();
            assertThatThrownBy(() -> importer.importSheet(broken)).isInstanceOf(InvalidInputException.class);
            assertThat(access.organisations()).hasSize(before);
            assertThat(plans.listPlans()).hasSize((int) plansBefore);
            return null;
        });
    }

    @Test
    void importing_the_same_title_again_is_flagged_before_it_happens() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            String existing = plans.listPlans().getFirst().title();
            UploadedFile.Sheet sheet = upload(Fixtures.BARNET_CSV).sheets().getFirst();
            assertThat(importer.preview(request(sheet, existing, Set.of())).titleTaken()).isTrue();
            assertThat(importer.preview(request(sheet, "A brand new title", Set.of())).titleTaken()).isFalse();
            return null;
        });
    }

    @Test
    void a_json_export_imported_again_is_the_same_plan_except_its_title() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            PlanSummary northmere = plans.listPlans().stream().filter(p -> p.title().contains("Northmere")).findFirst().orElseThrow();
            byte[] json = importer.exportJson(northmere.id());
            UploadedFile file = importer.readFile("northmere.json", new ByteArrayInputStream(json));
            assertThat(file.plan()).isNotNull();
            ImportPreview preview = importer.previewJson(file.plan(), "Northmere copy", Set.of());
            assertThat(preview.newOrganisations()).isEmpty();
            assertThat(preview.problems()).isEmpty();

            long copy = importer.importJson(file.plan(), "Northmere copy", Set.of(), "northmere.json");

            PlanDraft original = plans.exportDraft(northmere.id());
            PlanDraft again = plans.exportDraft(copy);
            assertThat(again.title()).isEqualTo("Northmere copy");
            assertThat(withTitle(again, original.title())).isEqualTo(original);
            return null;
        });
    }

    @Test
    void a_json_export_moves_into_another_area_with_its_organisations_created() {
        login(NORTHMERE_ADMIN);
        PlanSummary northmere = plans.listPlans().stream().filter(p -> p.title().contains("Northmere")).findFirst().orElseThrow();
        byte[] json = rolledBack(() -> importer.exportJson(northmere.id()));
        long actions = plans.countActions(northmere.id(), ActionFilter.none());
        login(EASTBROOK_ADMIN);
        rolledBack(() -> {
            PlanDraft plan = importer.readFile("n.json", new ByteArrayInputStream(json)).plan();
            ImportPreview preview = importer.previewJson(plan, "Moved plan", Set.of());
            assertThat(preview.newOrganisations()).isNotEmpty();
            Set<String> all = preview.newOrganisations().stream().map(ImportPreview.OrganisationProposal::shortName)
                    .collect(Collectors.toSet());
            long moved = importer.importJson(plan, "Moved plan", all, "n.json");
            assertThat(plans.countActions(moved, ActionFilter.none())).isEqualTo(actions);
            return null;
        });
    }

    @Test
    void the_xlsx_export_has_a_sheet_per_level_and_neutralises_formula_like_text() throws Exception {
        login(NORTHMERE_ADMIN);
        byte[] xlsx = rolledBack(() -> {
            long planId = importAll(sheetWith("=HYPERLINK(\"http://evil.test\",\"click\")"), "Formula check");
            return importer.exportXlsx(planId);
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Plan");
            assertThat(List.of(wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5)))
                    .containsExactly("Priorities", "Outcomes", "Actions", "Milestones", "Risks");
            var cell = wb.getSheet("Plan").getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        }
    }

    @Test
    void the_barnet_export_can_be_imported_back_from_its_flat_sheet() throws Exception {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            long planId = importAll(upload(Fixtures.BARNET_CSV).sheets().getFirst(), "Barnet round trip");
            byte[] xlsx = importer.exportXlsx(planId);
            UploadedFile back = importer.readFile("export.xlsx", new ByteArrayInputStream(xlsx));
            long again = importAll(back.sheet("Plan"), "Barnet round trip 2");
            assertThat(plans.countActions(again, ActionFilter.none())).isEqualTo(20);
            assertThat(plans.riskRegister(again).risks()).hasSize(16);
            return null;
        });
    }

    @Test
    void an_admin_of_another_area_cannot_export_this_areas_plan() {
        login(NORTHMERE_ADMIN);
        long northmere = plans.listPlans().getFirst().id();
        login(EASTBROOK_ADMIN);
        assertThatThrownBy(() -> importer.exportJson(northmere)).isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThatThrownBy(() -> importer.exportXlsx(northmere)).isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThat(importer.recentActivity()).noneMatch(a -> a.planId() != null && a.planId() == northmere);
    }

    @Test
    void only_admins_may_import_or_export() {
        login(NORTHMERE_OFFICER);
        assertThatThrownBy(() -> importer.readFile("x.csv", new ByteArrayInputStream("Action\nx".getBytes())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.exportJson(1)).isInstanceOf(AccessDeniedException.class);
    }

    private UploadedFile.Sheet sheetWith(String action) {
        String csv = "Comment from SEND inspection,Objective,Action,Consequence,Likelihood\n"
                + "Waits are too long.,Shorter waits,\"" + action.replace("\"", "\"\"") + "\",3,2\n";
        return importer.readFile("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).sheets().getFirst();
    }

    private static PlanDraft withTitle(PlanDraft d, String title) {
        return new PlanDraft(d.kind(), title, d.periodText(), d.startDate(), d.endDate(), d.board(), d.strategicLead(),
                d.leadOfficer(), d.implementationDate(), d.reviewDate(), d.monitoringFrequency(), d.monitoringIntervalDays(),
                d.inspectionDates(), d.inspectionReportPublished(), d.aims(), d.relevantStrategies(), d.previousVersions(),
                d.statusScheme(), d.priorities());
    }
}

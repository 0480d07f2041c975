package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.AccessService;
import app.tandem.access.NewOrganisation;
import app.tandem.access.NewPerson;
import app.tandem.access.OrganisationKind;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.MilestoneEdit;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.RiskEdit;
import app.tandem.plan.StatusScheme.StatusOption;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.ExportFormat;
import app.tandem.report.ReportViews.Narrative;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality bar AC-5: the role x action matrix in {@code security/role-matrix.csv} drives calls to the
 * real services as a real demo account of each role. Every call runs in a transaction that is
 * rolled back, so allowed changes leave the shared demo data as it was. Anything a service offers
 * that the matrix does not list fails {@link #every_public_service_method_is_in_the_matrix()}.
 */
class RoleMatrixTest extends TandemSpringTest {

    static final String MATRIX = "security/role-matrix.csv";

    /** The Northmere demo account of each role. */
    static final Map<Role, String> ACCOUNTS = Map.of(Role.ADMIN, NORTHMERE_ADMIN, Role.OFFICER, NORTHMERE_OFFICER,
            Role.FORUM_MEMBER, NORTHMERE_FORUM_MEMBER, Role.YOUNG_PERSON, NORTHMERE_YOUNG_PERSON, Role.VIEWER,
            NORTHMERE_VIEWER);

    @Autowired
    PlanService plans;

    @Autowired
    AccessService access;

    @Autowired
    app.tandem.importer.ImportService importer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    app.tandem.feedback.FeedbackService feedback;

    @Autowired
    app.tandem.feedback.ModerationService moderation;

    @Autowired
    app.tandem.feedback.InboxService inbox;

    @Autowired
    app.tandem.language.LanguageService language;

    @Autowired
    app.tandem.measure.MeasureService measures;

    /** Looked up once per run: every matrix call is rolled back, so the ids and versions stay valid. */
    private static Fixture fixture;

    /** Ids the operations need, looked up as the Northmere admin and officer. */
    record Fixture(long planId, ActionDetail ownAction, ActionDetail othersAction, long personId, long organisationId) {}

    /** One row of the matrix: the service method it exercises and how to call it. */
    record Operation(String service, String method, Call call) {
        String covers() {
            return service + "." + method;
        }
    }

    @FunctionalInterface
    interface Call {
        void run(RoleMatrixTest t, Fixture f);
    }

    static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        plan("listPlans", "listPlans", (t, f) -> t.plans.listPlans());
        plan("getPlan", "getPlan", (t, f) -> t.plans.getPlan(f.planId()));
        plan("statusCounts", "statusCounts", (t, f) -> t.plans.statusCounts(f.planId()));
        plan("findActions", "findActions", (t, f) -> t.plans.findActions(f.planId(), ActionFilter.none(), 0, 10));
        plan("countActions", "countActions", (t, f) -> t.plans.countActions(f.planId(), ActionFilter.none()));
        plan("getAction", "getAction", (t, f) -> t.plans.getAction(f.ownAction().id()));
        plan("updateOwnAction", "updateAction",
                (t, f) -> t.plans.updateAction(f.ownAction().id(), TestData.unchanged(f.ownAction())));
        plan("updateOthersAction", "updateAction",
                (t, f) -> t.plans.updateAction(f.othersAction().id(), TestData.unchanged(f.othersAction())));
        plan("saveOwnMilestone", "saveMilestone",
                (t, f) -> t.plans.saveMilestone(f.ownAction().id(), null, newMilestone()));
        plan("saveOthersMilestone", "saveMilestone",
                (t, f) -> t.plans.saveMilestone(f.othersAction().id(), null, newMilestone()));
        plan("removeOwnMilestone", "removeMilestone", (t, f) -> {
            MilestoneView m = t.as(NORTHMERE_ADMIN, () -> t.plans.saveMilestone(f.ownAction().id(), null, newMilestone()))
                    .milestones().stream().max(Comparator.comparing(MilestoneView::id)).orElseThrow();
            t.plans.removeMilestone(f.ownAction().id(), m.id(), m.version());
        });
        plan("saveOwnRisk", "saveRisk", (t, f) -> t.plans.saveRisk(f.ownAction().id(), null, newRisk()));
        plan("saveOthersRisk", "saveRisk", (t, f) -> t.plans.saveRisk(f.othersAction().id(), null, newRisk()));
        plan("removeOwnRisk", "removeRisk", (t, f) -> {
            RiskView r = t.as(NORTHMERE_ADMIN, () -> t.plans.saveRisk(f.ownAction().id(), null, newRisk()))
                    .risks().stream().max(Comparator.comparing(RiskView::id)).orElseThrow();
            t.plans.removeRisk(f.ownAction().id(), r.id(), r.version());
        });
        plan("riskRegister", "riskRegister", (t, f) -> t.plans.riskRegister(f.planId()));
        plan("createPlan", "createPlan", (t, f) -> t.plans.createPlan(newPlan()));
        access("currentArea", "currentArea", (t, f) -> t.access.currentArea());
        access("organisations", "organisations", (t, f) -> t.access.organisations());
        access("organisationsById", "organisationsById", (t, f) -> t.access.organisationsById());
        access("staff", "staff", (t, f) -> t.access.staff());
        access("people", "people", (t, f) -> t.access.people());
        access("addPerson", "addPerson", (t, f) -> t.access.addPerson(newPerson(), "a long first password"));
        access("setPersonEnabled", "setPersonEnabled", (t, f) -> t.access.setPersonEnabled(f.personId(), true));
        access("addOrganisation", "addOrganisation", (t, f) -> t.access.addOrganisation(new NewOrganisation(
                "Matrix Check Organisation", "MX" + unique(), OrganisationKind.OTHER)));
        access("setOrganisationActive", "setOrganisationActive",
                (t, f) -> t.access.setOrganisationActive(f.organisationId(), true));
        access("importPerson", "importPerson", (t, f) -> t.access.importPerson(newPerson(), "demo"));
        access("ensureArea", "ensureArea", (t, f) -> t.access.ensureArea("Matrix Check", "matrix-" + unique()));
        access("hasAnyAccount", "hasAnyAccount", (t, f) -> t.access.hasAnyAccount());
        // progress (issue 3)
        plan("changeOwnStatus", "changeStatus", (t, f) -> t.plans.changeStatus(f.ownAction().id(),
                f.ownAction().scheme().getFirst().id(), java.time.LocalDate.now(), null));
        plan("changeOthersStatus", "changeStatus", (t, f) -> t.plans.changeStatus(f.othersAction().id(),
                f.othersAction().scheme().getFirst().id(), java.time.LocalDate.now(), null));
        plan("statusHistory", "statusHistory", (t, f) -> t.plans.statusHistory(f.ownAction().id()));
        plan("markOwnMilestonesDone", "markMilestonesDone", (t, f) -> {
            MilestoneView m = t.as(NORTHMERE_ADMIN, () -> t.plans.saveMilestone(f.ownAction().id(), null, newMilestone()))
                    .milestones().stream().max(Comparator.comparing(MilestoneView::id)).orElseThrow();
            t.plans.markMilestonesDone(f.ownAction().id(), Set.of(m.id()), java.time.LocalDate.now());
        });
        progress("postOwnUpdate", "post", (t, f) -> t.progress.post(f.ownAction().id(), newUpdate(List.of())));
        progress("postOthersUpdate", "post", (t, f) -> t.progress.post(f.othersAction().id(), newUpdate(List.of())));
        progress("progressUpdates", "updates", (t, f) -> t.progress.updates(f.ownAction().id()));
        progress("downloadAttachment", "attachment", (t, f) -> {
            long fileId = t.as(NORTHMERE_ADMIN, () -> t.progress.post(f.ownAction().id(), newUpdate(List.of(
                    new app.tandem.progress.NewUpdate.NewAttachment("notes.txt", "Matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8))))))
                    .attachments().getFirst().id();
            t.progress.attachment(fileId);
        });
        progress("attention", "attention", (t, f) -> t.progress.attention(f.planId()));
        progress("myActions", "myActions", (t, f) -> t.progress.myActions());
        // report module
        plan("snapshotOf", "snapshotOf", (t, f) -> t.plans.snapshotOf(f.planId()));
        plan("publicSnapshotOf", "publicSnapshotOf", (t, f) -> t.plans.publicSnapshotOf(f.planId()));
        access("areaForSlug", "areaForSlug", (t, f) -> t.access.areaForSlug("northmere"));
        access("organisationShortNames", "organisationShortNames", (t, f) -> t.access.organisationShortNames());
        report("periods", "periods", (t, f) -> t.reports.periods(f.planId()));
        report("addPeriod", "addPeriod", (t, f) -> t.reports.addPeriod(f.planId(), newPeriod(0)));
        report("updatePeriod", "updatePeriod", (t, f) -> {
            PeriodView open = t.openPeriod(f);
            t.reports.updatePeriod(open.id(), new PeriodEdit(open.version(), open.name(), open.startDate(),
                    open.endDate(), open.boardDate()));
        });
        report("closePeriod", "closePeriod", (t, f) -> t.reports.closePeriod(t.openPeriod(f).id()));
        report("importClosedPeriod", "importClosedPeriod",
                (t, f) -> t.reports.importClosedPeriod(f.planId(), newPeriod(0), List.of(), List.of(), null));
        report("highlightReport", "highlightReport",
                (t, f) -> t.reports.highlightReport(f.planId(), t.openPeriod(f).id()));
        report("saveNarrative", "saveNarrative", (t, f) -> {
            PeriodView open = t.openPeriod(f);
            Narrative n = t.as(NORTHMERE_ADMIN, () -> t.reports.highlightReport(f.planId(), open.id())).narrative();
            t.reports.saveNarrative(open.id(), n);
        });
        report("exportReport", "exportReport",
                (t, f) -> t.reports.exportReport(f.planId(), t.openPeriod(f).id(), ExportFormat.XLSX));
        report("exportEvidencePack", "exportEvidencePack", (t, f) -> t.reports.exportEvidencePack(f.planId(),
                t.as(NORTHMERE_ADMIN, () -> t.plans.getPlan(f.planId()).priorities().getFirst().id()), ExportFormat.XLSX));
        report("publication", "publication", (t, f) -> t.reports.publication(f.planId()));
        report("setPublished", "setPublished", (t, f) -> t.reports.setPublished(f.planId(), true));
        report("publicPlan", "publicPlan", (t, f) -> t.reports.publicPlan("northmere", f.planId()));
        FeedbackOperations.register(OPERATIONS);
        MeasureOperations.register(OPERATIONS);
        // importer: moving plans in and out, admins only
        plan("exportDraft", "exportDraft", (t, f) -> t.plans.exportDraft(f.planId()));
        importer("maxUploadBytes", "maxUploadBytes", (t, f) -> t.importer.maxUploadBytes());
        importer("readFile", "readFile", (t, f) -> t.importer.readFile("matrix.csv",
                new java.io.ByteArrayInputStream("Action\nMatrix check".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        importer("suggestMapping", "suggestMapping", (t, f) -> t.importer.suggestMapping(importSheet()));
        importer("previewImport", "preview", (t, f) -> t.importer.preview(importRequest()));
        importer("importSheet", "importSheet", (t, f) -> t.importer.importSheet(importRequest()));
        importer("previewJson", "previewJson", (t, f) -> t.importer.previewJson(newPlan(), "Matrix JSON", Set.of()));
        importer("importJson", "importJson", (t, f) -> t.importer.importJson(newPlan(), "Matrix JSON", Set.of(), "m.json"));
        importer("exportXlsx", "exportXlsx", (t, f) -> t.importer.exportXlsx(f.planId()));
        importer("exportJson", "exportJson", (t, f) -> t.importer.exportJson(f.planId()));
        importer("recentImportActivity", "recentActivity", (t, f) -> t.importer.recentActivity());
        NotificationOperations.register(OPERATIONS);
        // report2 (issue 3): progress read API for the report module
        progress("latestLines", "latestLines", (t, f) -> t.progress.latestLines(f.planId(), null));
        progress("publicLines", "publicLines", (t, f) -> t.progress.publicLines(f.planId()));
        HomeOperations.register(OPERATIONS);
        SurveyOperations.register(OPERATIONS);
    }

    @Autowired
    app.tandem.survey.SurveyService surveys;

    @Autowired
    app.tandem.notification.NotificationService notifications;

    @Autowired
    app.tandem.progress.ProgressService progress;

    @Autowired
    app.tandem.home.HomeService home;

    private static void progress(String action, String method, Call call) {
        OPERATIONS.put(action, new Operation("ProgressService", method, call));
    }

    private static app.tandem.progress.NewUpdate newUpdate(List<app.tandem.progress.NewUpdate.NewAttachment> files) {
        return new app.tandem.progress.NewUpdate(UUID.randomUUID().toString(), java.time.LocalDate.now(),
                "Matrix check update", null, List.of(), files, Set.of(), null);
    }

    @Autowired
    ReportService reports;

    /** The demo plan's open reporting period, looked up as the admin. */
    PeriodView openPeriod(Fixture f) {
        return as(NORTHMERE_ADMIN, () -> reports.periods(f.planId()).stream().filter(p -> !p.closed()).findFirst()
                .orElseThrow());
    }

    private static void report(String action, String method, Call call) {
        OPERATIONS.put(action, new Operation("ReportService", method, call));
    }

    private static PeriodEdit newPeriod(long version) {
        return new PeriodEdit(version, "Matrix check period", java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2027, 3, 31), null);
    }

    private static void importer(String action, String method, Call call) {
        OPERATIONS.put(action, new Operation("ImportService", method, call));
    }

    private static app.tandem.importer.UploadedFile.Sheet importSheet() {
        return new app.tandem.importer.UploadedFile.Sheet("Matrix", 1, "", List.of("Action"),
                List.of(new app.tandem.importer.UploadedFile.Row(2, List.of("Matrix check action"))));
    }

    private static app.tandem.importer.ImportRequest importRequest() {
        return new app.tandem.importer.ImportRequest(importSheet(), List.of(app.tandem.importer.TandemField.ACTION),
                "Matrix import", PlanKind.IMPROVEMENT_PLAN, Set.of(), "matrix.csv");
    }

    @BeforeEach
    void lookUpIds() {
        // Load every account now: inside the rolled-back transaction the sign-in look-up may not run.
        ACCOUNTS.values().forEach(this::login);
        if (fixture != null) {
            return;
        }
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        fixture = as(NORTHMERE_OFFICER, () -> {
            long planId = plans.listPlans().getFirst().id();
            long own = plans.findActions(planId, TestData.ledBy(officer.accountId()), 0, 1).getFirst().id();
            long others = plans.findActions(planId, ActionFilter.none(), 0, 1000).stream().map(ActionRow::id)
                    .filter(id -> !plans.getAction(id).canEdit()).findFirst().orElseThrow();
            return as(NORTHMERE_ADMIN, () -> new Fixture(planId, plans.getAction(own), plans.getAction(others),
                    access.people().stream().filter(p -> p.email().equals(NORTHMERE_VIEWER)).map(PersonSummary::id)
                            .findFirst().orElseThrow(),
                    access.organisations().getFirst().id()));
        });
    }

    /** For operations defined outside this class (FeedbackOperations). */
    <T> T asUser(String email, java.util.function.Supplier<T> work) {
        return as(email, work);
    }

    long accountIdOf(String email) {
        return as(email, () -> ((TandemUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal()).accountId());
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void each_role_may_do_exactly_what_the_matrix_allows(String action, Role role, String expected) {
        Operation operation = OPERATIONS.get(action);
        assertThat(operation).as("an operation for matrix row '%s'", action).isNotNull();
        login(ACCOUNTS.get(role));

        Outcome outcome = runAndRollBack(operation);

        if (expected.equals("allow")) {
            // Every operation here is built to be valid, so an allowed call must simply succeed.
            assertThat(outcome.error()).as("%s as %s failed", action, role).isNull();
        } else {
            assertThat(outcome.denied()).as("%s as %s should be refused but %s", action, role,
                    outcome.error() == null ? "succeeded" : "failed with " + outcome.error()).isTrue();
        }
    }

    @Test
    void every_public_service_method_is_in_the_matrix() throws IOException {
        Set<String> covered = readMatrix().keySet().stream().map(OPERATIONS::get).filter(o -> o != null)
                .map(Operation::covers).collect(Collectors.toSet());
        Set<String> offered = ServiceMethods.publicServiceMethods().stream().map(ServiceMethods::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(offered).isNotEmpty();
        assertThat(new TreeSet<>(offered)).as("service methods not in %s", MATRIX)
                .satisfies(all -> all.removeAll(covered)).isEmpty();
    }

    @Test
    void every_matrix_row_has_an_operation_and_a_cell_for_every_role() throws IOException {
        Map<String, Map<Role, String>> matrix = readMatrix();

        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(matrix.keySet());
        assertThat(matrix).allSatisfy((action, cells) -> {
            assertThat(cells.keySet()).as(action).containsExactlyInAnyOrder(Role.values());
            assertThat(cells.values()).as(action).allSatisfy(v -> assertThat(v).isIn("allow", "deny"));
        });
    }

    // ---------------------------------------------------------------------------------------------

    record Outcome(boolean denied, Throwable error) {}

    private Outcome runAndRollBack(Operation operation) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Outcome outcome = tx.execute(status -> {
            status.setRollbackOnly();
            try {
                operation.call().run(this, fixture);
                return new Outcome(false, null);
            } catch (AccessDeniedException | AuthenticationException e) {
                return new Outcome(true, e);
            } catch (RuntimeException e) {
                // Not a security refusal (validation, not found, conflict, a broken test set-up).
                return new Outcome(false, e);
            }
        });
        return outcome;
    }

    static Stream<Arguments> matrix() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        readMatrix().forEach((action, cells) -> cells.forEach((role, value) -> cases.add(Arguments.of(action, role, value))));
        return cases.stream();
    }

    /** Reads the CSV: comment lines start with #, the header names the roles. No quoting needed. */
    static Map<String, Map<Role, String>> readMatrix() throws IOException {
        Map<String, Map<Role, String>> matrix = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(MATRIX).getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            String[] header = lines.getFirst().split(",");
            assertThat(header[0]).isEqualTo("action");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertThat(cells).as("cells in '%s'", line).hasSameSizeAs(header);
                Map<Role, String> byRole = new LinkedHashMap<>();
                for (int i = 1; i < header.length; i++) {
                    byRole.put(Role.valueOf(header[i].strip()), cells[i].strip());
                }
                assertThat(matrix.put(cells[0].strip(), byRole)).as("duplicate row %s", cells[0]).isNull();
            }
        }
        return matrix;
    }

    private static void plan(String action, String method, Call call) {
        OPERATIONS.put(action, new Operation("PlanService", method, call));
    }

    private static void access(String action, String method, Call call) {
        OPERATIONS.put(action, new Operation("AccessService", method, call));
    }

    private static MilestoneEdit newMilestone() {
        return new MilestoneEdit(0, "Matrix check milestone", "Q4 2026", null);
    }

    private static RiskEdit newRisk() {
        return new RiskEdit(0, "Matrix check risk", null, 2, 3, null, null, null, null);
    }

    private static NewPerson newPerson() {
        return new NewPerson("matrix-" + unique() + "@northmere.test", "Matrix Check", null, null, Role.VIEWER);
    }

    private static PlanDraft newPlan() {
        return new PlanDraft(PlanKind.IMPROVEMENT_PLAN, "Matrix check plan", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null,
                List.of(new StatusOption("Done", "#1d70b8", "Finished", true)), List.of());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.audit.AuditViews.AuditEntry;
import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.ModerationService;
import app.tandem.feedback.TargetKind;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.ExportFormat;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Quality bar AU-1: what leaves an audit record, with who, area, what, which object and when; and that it stays. */
class AuditTrailTest extends TandemSpringTest {

    @Autowired
    AuditService audit;

    @Autowired
    AccessService access;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    FeedbackService feedback;

    @Autowired
    ModerationService moderation;

    @Autowired
    app.tandem.importer.ImportService importer;

    @Autowired
    AuditRecordRepository records;

    @Autowired
    app.tandem.language.LanguageService language;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WebApplicationContext web;

    @PersistenceContext
    EntityManager em;

    @Test
    void adding_a_person_changing_their_role_and_disabling_them_each_leave_a_record_naming_the_admin() {
        PersonSummary added = as(NORTHMERE_ADMIN, () -> access.addPerson(newPerson("Audit Subject", Role.VIEWER),
                "a long first password"));
        as(NORTHMERE_ADMIN, () -> access.changeRole(added.id(), Role.OFFICER));
        as(NORTHMERE_ADMIN, () -> access.setPersonEnabled(added.id(), false));

        List<AuditEntry> aboutThem = as(NORTHMERE_ADMIN, () -> audit.find(AuditFilter.everything(), 0, 200)).stream()
                .filter(e -> e.objectId() != null && e.objectId() == added.id()).toList();
        String adminName = as(NORTHMERE_ADMIN, () -> access.people().stream()
                .filter(p -> NORTHMERE_ADMIN.equals(p.email())).findFirst().orElseThrow().displayName());
        assertThat(aboutThem).extracting(AuditEntry::kind)
                .containsExactly(AuditKind.PERSON_DISABLED, AuditKind.ROLE_CHANGED, AuditKind.PERSON_ADDED);
        assertThat(aboutThem).allSatisfy(e -> {
            assertThat(e.who()).isEqualTo(adminName);
            assertThat(e.objectType()).isEqualTo("PERSON");
            assertThat(e.what()).startsWith("Audit Subject");
        });
        assertThat(aboutThem.get(1).what()).endsWith("VIEWER -> OFFICER");
        // The other area sees none of it.
        assertThat(as(EASTBROOK_ADMIN, () -> audit.find(AuditFilter.everything(), 0, 500)))
                .noneMatch(e -> e.objectId() != null && e.objectId() == added.id() && "PERSON".equals(e.objectType()));
    }

    @Test
    void a_change_that_rolls_back_leaves_no_record() {
        PersonSummary added = as(NORTHMERE_ADMIN, () -> access.addPerson(newPerson("Rolled Back", Role.VIEWER),
                "a long first password"));
        login(NORTHMERE_ADMIN);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            access.changeRole(added.id(), Role.OFFICER);
            status.setRollbackOnly();
        });

        assertThat(audit.find(new AuditFilter(AuditKind.ROLE_CHANGED, null, null, null), 0, 500))
                .noneMatch(e -> e.objectId() != null && e.objectId() == added.id());
    }

    @Test
    void signing_in_and_failing_to_are_recorded_in_the_accounts_area_without_the_password() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        long officerId = as(NORTHMERE_OFFICER, () -> ((app.tandem.access.TandemUser) org.springframework.security.core
                .context.SecurityContextHolder.getContext().getAuthentication().getPrincipal()).accountId());
        long before = as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.SIGN_IN_FAILED, officerId, null, null)));
        long signInsBefore = as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.SIGN_IN, officerId, null, null)));

        mvc.perform(post("/login").param("username", NORTHMERE_OFFICER).param("password", "wrong-password-4711").with(csrf()));
        mvc.perform(post("/login").param("username", NORTHMERE_OFFICER).param("password", "demo").with(csrf()));

        List<AuditEntry> failed = as(NORTHMERE_ADMIN,
                () -> audit.find(new AuditFilter(AuditKind.SIGN_IN_FAILED, officerId, LocalDate.now(), null), 0, 10));
        assertThat(failed).hasSize((int) before + 1 > 10 ? 10 : (int) before + 1);
        assertThat(failed.getFirst().what()).contains("BadCredentialsException").doesNotContain("wrong-password");
        assertThat(as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.SIGN_IN, officerId, null, null))))
                .isEqualTo(signInsBefore + 1);
        assertThat(as(EASTBROOK_ADMIN, () -> audit.count(new AuditFilter(AuditKind.SIGN_IN_FAILED, officerId, null, null))))
                .isZero();
    }

    @Test
    void a_refused_service_call_is_recorded_with_the_method_and_the_person() {
        long viewerId = accountId(NORTHMERE_VIEWER);
        long before = as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.ACCESS_DENIED, viewerId, null, null)));

        assertThatThrownBy(() -> as(NORTHMERE_VIEWER, () -> audit.find(AuditFilter.everything(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> denied = as(NORTHMERE_ADMIN,
                () -> audit.find(new AuditFilter(AuditKind.ACCESS_DENIED, viewerId, null, null), 0, 10));
        assertThat(denied).hasSizeGreaterThan((int) Math.min(before, 9));
        assertThat(denied.getFirst().what()).isEqualTo("AuditService.find");
    }

    @Test
    void moderation_decisions_exports_and_imports_are_recorded() {
        long planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        long actionId = as(NORTHMERE_ADMIN, () -> plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id());
        long held = as(NORTHMERE_YOUNG_PERSON, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                "More clubs please", false, false, UUID.randomUUID().toString()))).commentId();
        as(NORTHMERE_ADMIN, () -> moderation.approve(held));
        long periodId = as(NORTHMERE_ADMIN, () -> reports.periods(planId).getFirst().id());
        String file = as(NORTHMERE_OFFICER, () -> reports.exportReport(planId, periodId, ExportFormat.XLSX)).fileName();
        as(NORTHMERE_ADMIN, () -> importer.exportJson(planId));

        login(NORTHMERE_ADMIN);
        assertThat(audit.find(new AuditFilter(AuditKind.MODERATION, null, null, null), 0, 20))
                .anyMatch(e -> "COMMENT".equals(e.objectType()) && e.objectId() == held && e.what().equals("APPROVED"));
        assertThat(audit.find(new AuditFilter(AuditKind.EXPORT, accountId(NORTHMERE_OFFICER), null, null), 0, 20))
                .anyMatch(e -> e.what().equals(file) && e.objectId() == planId);
        assertThat(audit.find(new AuditFilter(AuditKind.EXPORT, accountId(NORTHMERE_ADMIN), null, null), 0, 20))
                .anyMatch(e -> e.what().startsWith("EXPORT_JSON"));
    }

    @Test
    void deleting_a_comment_or_a_glossary_entry_is_recorded_without_the_comments_words() {
        long planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        long actionId = as(NORTHMERE_ADMIN, () -> plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id());
        long comment = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                "Words that must not reach the audit", false, false, UUID.randomUUID().toString()))).commentId();
        as(NORTHMERE_FORUM_MEMBER, () -> feedback.delete(comment));
        String acronym = "ZQ" + (System.nanoTime() % 1000);
        as(NORTHMERE_ADMIN, () -> language.saveTerm(new app.tandem.language.LanguageViews.GlossaryEdit(acronym,
                "Zebra quota", "A made-up term for this test")));
        as(NORTHMERE_ADMIN, () -> language.deleteTerm(acronym));

        List<AuditEntry> deletions = as(NORTHMERE_ADMIN,
                () -> audit.find(new AuditFilter(AuditKind.DELETION, null, null, null), 0, 50));
        assertThat(deletions).anySatisfy(e -> {
            assertThat(e.objectType()).isEqualTo("COMMENT");
            assertThat(e.objectId()).isEqualTo(comment);
            assertThat(e.what()).isEqualTo("deleted by its author");
        });
        assertThat(deletions).anyMatch(e -> "GLOSSARY_TERM".equals(e.objectType()) && e.what().equals(acronym));
        assertThat(deletions).noneMatch(e -> e.what().contains("must not reach"));
    }

    @Test
    void records_can_be_filtered_paged_and_exported_as_csv_and_the_export_is_itself_recorded() {
        as(NORTHMERE_ADMIN, () -> access.addPerson(newPerson("=HYPERLINK(\"http://x\")", Role.VIEWER), "a long first password"));
        login(NORTHMERE_ADMIN);
        long all = audit.count(AuditFilter.everything());
        assertThat(all).isGreaterThan(2);
        List<AuditEntry> first = audit.find(AuditFilter.everything(), 0, 2);
        List<AuditEntry> second = audit.find(AuditFilter.everything(), 2, 2);
        assertThat(first).hasSize(2);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(first.get(0).at()).isAfterOrEqualTo(first.get(1).at());
        assertThat(audit.count(new AuditFilter(null, null, LocalDate.now().plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, null, LocalDate.now().minusYears(30)))).isZero();
        assertThat(audit.find(new AuditFilter(AuditKind.PERSON_ADDED, null, null, null), 0, 50))
                .allMatch(e -> e.kind() == AuditKind.PERSON_ADDED);

        String csv = new String(audit.exportCsv(new AuditFilter(AuditKind.PERSON_ADDED, null, null, null)).bytes(),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFWhen (UTC),What,Who,Object,Object id,Details");
        assertThat(csv).contains("PERSON_ADDED").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(audit.find(new AuditFilter(AuditKind.EXPORT, null, null, null), 0, 5))
                .anyMatch(e -> "AUDIT".equals(e.objectType()) && e.what().startsWith("audit records CSV"));
    }

    @Test
    void nothing_offers_a_way_to_change_or_remove_a_record() {
        Set<String> serviceMethods = Arrays.stream(AuditService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toSet());
        assertThat(serviceMethods).containsExactlyInAnyOrder("find", "count", "exportCsv", "retention", "saveRetention");
        assertThat(Arrays.stream(AuditRecordRepository.class.getMethods()).map(Method::getName))
                .noneMatch(n -> n.startsWith("delete") || n.startsWith("update") || n.startsWith("remove"));
        assertThat(AuditRecord.class.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("set"));

        // Even a query that tries is refused: the entity is immutable.
        as(NORTHMERE_ADMIN, () -> access.addPerson(newPerson("Immutable Check", Role.VIEWER), "a long first password"));
        login(NORTHMERE_ADMIN);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> em.createQuery(
                "update AuditRecord r set r.objectLabel = 'changed'").executeUpdate()))
                .hasStackTraceContaining("mmutable");
        assertThat(audit.find(AuditFilter.everything(), 0, 500)).noneMatch(e -> e.what().contains("changed"));
    }

    private long accountId(String email) {
        return as(email, () -> ((app.tandem.access.TandemUser) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal()).accountId());
    }

    static NewPerson newPerson(String name, Role role) {
        return new NewPerson("audit-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test", name, null,
                null, role);
    }
}

package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.access.AccessService;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.TandemUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.plan.ActionEdit;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.FuzzyDates.DatePrecision;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.OrganisationRef;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PriorityView;
import app.tandem.plan.PlanViews.RiskRegister;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.plan.Resource;
import app.tandem.plan.StatusScheme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the app needs from its database, run against each database it supports (H2 in PostgreSQL
 * mode for development, PostgreSQL for production) through the real services. Subclasses only
 * choose the database; each shares one cached Spring context with every other test of the same
 * configuration.
 *
 * <p>Tests that change demo data put it back (or delete what they created) so the shared context
 * stays as the demo file describes it.
 */
abstract class PersistenceContract {

    static final String ADMIN = "admin@northmere.test";
    static final String OFFICER = "officer@northmere.test";
    static final String EASTBROOK_OFFICER = "officer@eastbrook.test";

    /** Tables that legitimately have no area_id: the tenants themselves, join tables, infrastructure. */
    static final Set<String> TABLES_WITHOUT_AREA = Set.of("local_area", "action_lead_officer", "action_partner",
            "event_publication", "flyway_schema_history",
            // operations module: ShedLock's one row per scheduled job, taken once for all areas
            "shedlock");

    @Autowired PlanService plans;
    @Autowired AccessService access;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    long planId;

    @Autowired org.springframework.context.ApplicationContext springContext;

    @BeforeEach
    void signInAsNorthmereAdmin() {
        SecurityContextStrategy.useStrategyOf(springContext);
        signIn(ADMIN);
        planId = plans.listPlans().stream().filter(p -> p.title().contains("Northmere")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    TandemUser signIn(String email) {
        TandemUser user = (TandemUser) users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    // ------------------------------------------------------------------------------ trust (issue 10)

    /**
     * The audit trail's optional filters (null kind and person), a person's export and erasure (every
     * module's bulk anonymising query) and every retention rule (one is plain SQL) on this database.
     */
    @Test
    void audit_filters_personal_data_erasure_and_retention_rules_run_on_this_database() {
        var audit = springContext.getBean(app.tandem.audit.AuditService.class);
        var personalData = springContext.getBean(app.tandem.access.PersonalDataService.class);
        var person = access.addPerson(new app.tandem.access.NewPerson(
                "contract-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@northmere.test", "Contract Person",
                null, null, app.tandem.access.Role.FORUM_MEMBER), "a long first password");
        access.changeRole(person.id(), app.tandem.access.Role.VIEWER);
        var everything = app.tandem.audit.AuditViews.AuditFilter.everything();
        assertThat(audit.count(everything)).isGreaterThanOrEqualTo(2);
        assertThat(audit.find(new app.tandem.audit.AuditViews.AuditFilter(app.tandem.audit.AuditKind.ROLE_CHANGED,
                null, LocalDate.now().minusDays(1), LocalDate.now()), 0, 10))
                .anyMatch(e -> e.objectId() != null && e.objectId() == person.id());
        assertThat(new String(audit.exportCsv(everything).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("ROLE_CHANGED");

        assertThat(personalData.export(person.id()).sections()).isNotEmpty();
        assertThat(personalData.erase(person.id())).isPositive();
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, person.id()))
                .isEqualTo("A former board member");

        TandemUser admin = (TandemUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (var rule : springContext.getBeansOfType(app.tandem.base.RetentionRule.class).values()) {
                assertThat(rule.applyBefore(admin.areaId(), java.time.Instant.EPOCH)).as(rule.kind().name()).isZero();
            }
        });
    }

    // ------------------------------------------------------------------------------ demo data

    @Test
    void demo_data_is_loaded_with_the_whole_northmere_plan() {
        PlanDetail plan = plans.getPlan(planId);
        assertThat(plan.priorities()).hasSize(5);
        assertThat(plan.priorities().stream().mapToInt(p -> p.outcomes().size()).sum()).isGreaterThanOrEqualTo(13);
        assertThat(plans.countActions(planId, ActionFilter.none())).isGreaterThanOrEqualTo(44);
        assertThat(plan.scheme()).extracting(StatusView::label).containsExactly("Blue", "Green", "Amber", "Red");
        assertThat(plan.priorities().stream().mapToLong(PriorityView::actionCount).sum())
                .isEqualTo(plans.countActions(planId, ActionFilter.none()));
    }

    @Test
    void an_action_shows_its_plan_priority_outcome_and_status_words() {
        PlanDetail plan = plans.getPlan(planId);
        assertThat(plan.priorities()).allSatisfy(p -> assertThat(p.number()).isNotBlank());
        assertThat(plan.priorities()).allSatisfy(p -> assertThat(p.title()).isNotBlank());
        ActionRow row = allRows().stream().filter(r -> r.status() != null && r.outcomeRef() != null).findFirst().orElseThrow();
        ActionDetail d = plans.getAction(row.id());
        assertThat(d.planTitle()).isEqualTo(plan.title());
        assertThat(d.priorityNumber()).isEqualTo(row.priorityNumber()).isNotBlank();
        assertThat(d.priorityTitle()).isNotBlank();
        assertThat(d.outcomeRef()).isEqualTo(row.outcomeRef());
        assertThat(d.outcomeText()).isNotBlank();
        assertThat(d.status()).isEqualTo(row.status());
        assertThat(d.scheme()).isEqualTo(plan.scheme());
    }

    // ------------------------------------------------------------------------------ filters and counts

    @Test
    void status_filters_agree_with_counts_and_with_the_rows() {
        List<ActionRow> all = allRows();
        List<StatusCount> counts = plans.statusCounts(planId);
        assertThat(counts.stream().mapToLong(StatusCount::count).sum()).isEqualTo(all.size());
        for (StatusCount c : counts) {
            if (c.status() == null) {
                assertFilter(filter(Set.of(), true, null, null, null, false, null), r -> r.status() == null);
                assertThat(c.count()).isEqualTo(all.stream().filter(r -> r.status() == null).count());
            } else {
                long id = c.status().id();
                assertFilter(filter(Set.of(id), false, null, null, null, false, null),
                        r -> r.status() != null && r.status().id() == id);
                assertThat(c.count()).isEqualTo(plans.countActions(planId, filter(Set.of(id), false, null, null, null, false, null)));
                assertFilter(filter(Set.of(id), true, null, null, null, false, null),
                        r -> r.status() == null || r.status().id() == id);
            }
        }
        assertThat(counts).anyMatch(c -> c.status() == null && c.count() > 0);
    }

    @Test
    void lead_organisation_filter_agrees_with_the_rows() {
        int nonEmpty = 0;
        for (OrganisationSummary org : access.organisations()) {
            nonEmpty += assertFilter(filter(Set.of(), false, org.id(), null, null, false, null),
                    r -> org.shortName().equals(r.leadOrganisation())) > 0 ? 1 : 0;
        }
        assertThat(nonEmpty).isGreaterThan(1);
        long nmc = orgId("NMC");
        assertThat(plans.countActions(planId, filter(Set.of(), false, nmc, null, null, false, null))).isGreaterThan(10);
    }

    @Test
    void lead_officer_filter_agrees_with_the_rows() {
        for (PersonSummary person : access.staff()) {
            assertFilter(filter(Set.of(), false, null, person.id(), null, false, null),
                    r -> r.leadOfficers().contains(person.displayName()));
        }
        long officer = personId(OFFICER);
        assertThat(plans.countActions(planId, filter(Set.of(), false, null, officer, null, false, null))).isPositive();
    }

    @Test
    void priority_filter_agrees_with_the_plan_page_counts() {
        for (PriorityView p : plans.getPlan(planId).priorities()) {
            long n = assertFilter(filter(Set.of(), false, null, null, p.id(), false, null),
                    r -> r.priorityNumber().equals(p.number()));
            assertThat(n).isEqualTo(p.actionCount()).isPositive();
        }
    }

    @Test
    void text_search_is_case_insensitive_and_takes_percent_and_underscore_literally() {
        ActionDetail original = plans.getAction(allRows().get(3).id());
        String marked = "Cut waits by 50% (target_A) for assessments";
        plans.updateAction(original.id(), edit(original, original.version(), marked));
        try {
            List<ActionDetail> details = allRows().stream().map(r -> plans.getAction(r.id())).toList();
            for (String term : List.of("50%", "%", "_", "50_", "TARGET_a", "%)", "\\", "1.2", "ASSESS", "  ehcp  ")) {
                String needle = term.strip().toLowerCase(Locale.ROOT);
                Set<Long> expected = details.stream()
                        .filter(d -> contains(d.title(), needle) || contains(d.ref(), needle) || contains(d.whoText(), needle))
                        .map(ActionDetail::id)
                        .collect(Collectors.toSet());
                ActionFilter f = filter(Set.of(), false, null, null, null, false, term);
                assertThat(ids(plans.findActions(planId, f, 0, 1000))).as("search %s", term)
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(plans.countActions(planId, f)).as("count %s", term).isEqualTo(expected.size());
            }
            ActionFilter percent = filter(Set.of(), false, null, null, null, false, "%");
            assertThat(plans.countActions(planId, percent)).isPositive().isLessThan(details.size());
            assertThat(plans.countActions(planId, filter(Set.of(), false, null, null, null, false, "50_"))).isZero();
            assertThat(plans.countActions(planId, filter(Set.of(), false, null, null, null, false, "TARGET_a"))).isOne();
        } finally {
            restore(original);
        }
    }

    @Test
    void needs_attention_means_not_complete_and_overdue_milestone_or_past_end() {
        LocalDate today = LocalDate.now(clock);
        long n = assertFilter(filter(Set.of(), false, null, null, null, true, null),
                r -> (r.status() == null || !r.status().complete())
                        && (r.overdueMilestones() > 0 || (r.endDate() != null && r.endDate().isBefore(today))));
        assertThat(n).isPositive();
    }

    @Test
    void filters_combine_with_and() {
        long nmc = orgId("NMC");
        StatusView green = plans.getPlan(planId).scheme().get(1);
        assertFilter(filter(Set.of(green.id()), false, nmc, null, null, false, "a"),
                r -> "NMC".equals(r.leadOrganisation()) && r.status() != null && r.status().id() == green.id()
                        && (contains(r.title(), "a") || contains(r.ref(), "a") || whoContains(r.id(), "a")));
    }

    // ------------------------------------------------------------------------------ paging

    @Test
    void pages_are_disjoint_and_in_a_stable_order() {
        List<Long> all = ids(allRows());
        assertThat(ids(allRows())).isEqualTo(all);
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 7) {
            List<Long> page = ids(plans.findActions(planId, ActionFilter.none(), offset, 7));
            assertThat(page).isEqualTo(all.subList(offset, Math.min(offset + 7, all.size())));
            paged.addAll(page);
        }
        assertThat(paged).isEqualTo(all);
        assertThat(plans.findActions(planId, ActionFilter.none(), all.size(), 7)).isEmpty();
        assertThat(plans.findActions(planId, ActionFilter.none(), 0, 0)).isEmpty();
    }

    @Test
    void a_page_that_does_not_start_on_a_page_boundary_is_still_full() {
        List<Long> all = ids(allRows());
        for (int[] window : new int[][] {{5, 10}, {3, 4}, {13, 20}, {all.size() - 2, 10}}) {
            int offset = window[0];
            int limit = window[1];
            assertThat(ids(plans.findActions(planId, ActionFilter.none(), offset, limit)))
                    .as("offset %d limit %d", offset, limit)
                    .isEqualTo(all.subList(offset, Math.min(offset + limit, all.size())));
        }
    }

    // ------------------------------------------------------------------------------ editing

    @Test
    void update_action_persists_every_field_and_reads_the_dates_again() {
        ActionDetail original = plans.getAction(allRows().get(0).id());
        PlanDetail plan = plans.getPlan(planId);
        long icb = orgId("NM ICB");
        Set<Long> partners = Set.of(orgId("NCHT"), orgId("NGH"));
        Set<Long> officers = Set.of(personId(OFFICER), personId("megan.hollis@northmere.test"));
        StatusView red = plan.scheme().get(3);
        LocalDate statusDate = LocalDate.now(clock).minusDays(3);
        ActionEdit edit = new ActionEdit(original.version(), "  A new title  ", "Objective", "Finding", icb, partners, officers,
                "Who", "Senior lead", "Health", "LA", Resource.AR, "Q2 2026", "On-going", "Detail", "Monitoring",
                "Success", "Evidence", "Notes", red.id(), statusDate);
        try {
            ActionDetail returned = plans.updateAction(original.id(), edit);
            ActionDetail d = plans.getAction(original.id());
            // lead officers and partners are sets: their order is not kept
            assertThat(d).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(returned);
            assertThat(d.version()).isGreaterThan(original.version());
            assertThat(d.title()).isEqualTo("A new title");
            assertThat(d.objective()).isEqualTo("Objective");
            assertThat(d.inspectionFinding()).isEqualTo("Finding");
            assertThat(d.leadOrganisation()).extracting(OrganisationRef::id).isEqualTo(icb);
            assertThat(d.partnerOrganisations()).extracting(OrganisationRef::id).containsExactlyInAnyOrderElementsOf(partners);
            assertThat(d.leadOfficers()).extracting(PersonRef::id).containsExactlyInAnyOrderElementsOf(officers);
            assertThat(d.whoText()).isEqualTo("Who");
            assertThat(d.seniorLead()).isEqualTo("Senior lead");
            assertThat(d.healthAction()).isEqualTo("Health");
            assertThat(d.laAction()).isEqualTo("LA");
            assertThat(d.resource()).isEqualTo(Resource.AR);
            assertThat(d.start().words()).isEqualTo("Q2 2026");
            assertThat(d.start().date()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(d.start().precision()).isEqualTo(DatePrecision.QUARTER);
            assertThat(d.end().words()).isEqualTo("On-going");
            assertThat(d.end().date()).isNull();
            assertThat(d.end().precision()).isNull();
            assertThat(d.detail()).isEqualTo("Detail");
            assertThat(d.monitoring()).isEqualTo("Monitoring");
            assertThat(d.measureOfSuccess()).isEqualTo("Success");
            assertThat(d.evidence()).isEqualTo("Evidence");
            assertThat(d.notes()).isEqualTo("Notes");
            assertThat(d.status()).isEqualTo(red);
            assertThat(d.statusDate()).isEqualTo(statusDate);
            // and straight from the table, not through Hibernate
            Map<String, Object> row = jdbc.queryForMap(
                    "select title, start_words, start_date, start_precision, end_words, end_date, end_precision, resource,"
                            + " status_label_id, lead_organisation_id from action where id = ?", original.id());
            assertThat(row.get("title")).isEqualTo("A new title");
            assertThat(row.get("start_date").toString()).isEqualTo("2026-09-30");
            assertThat(row.get("start_precision")).isEqualTo("QUARTER");
            assertThat(row.get("end_words")).isEqualTo("On-going");
            assertThat(row.get("end_date")).isNull();
            assertThat(row.get("end_precision")).isNull();
            assertThat(row.get("resource")).isEqualTo("AR");
            assertThat(((Number) row.get("status_label_id")).longValue()).isEqualTo(red.id());
            assertThat(jdbc.queryForList("select account_id from action_lead_officer where action_id = ?", Long.class,
                    original.id())).containsExactlyInAnyOrderElementsOf(officers);
            assertThat(jdbc.queryForList("select organisation_id from action_partner where action_id = ?", Long.class,
                    original.id())).containsExactlyInAnyOrderElementsOf(partners);
        } finally {
            restore(original);
        }
        ActionDetail restored = plans.getAction(original.id());
        assertThat(restored.title()).isEqualTo(original.title());
        assertThat(restored.end()).isEqualTo(original.end());
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_writes_nothing() {
        ActionDetail original = plans.getAction(allRows().get(1).id());
        try {
            ActionDetail first = plans.updateAction(original.id(), edit(original, original.version(), "First officer's title"));
            assertThatThrownBy(() -> plans.updateAction(original.id(),
                            edit(original, original.version(), "Second officer's title")))
                    .isInstanceOf(EditConflictException.class);
            ActionDetail now = plans.getAction(original.id());
            assertThat(now.title()).isEqualTo("First officer's title");
            assertThat(now.version()).isEqualTo(first.version());
            assertThat(jdbc.queryForMap("select title, version from action where id = ?", original.id()))
                    .containsEntry("title", "First officer's title")
                    .hasEntrySatisfying("version", v -> assertThat(((Number) v).longValue()).isEqualTo(first.version()));
        } finally {
            restore(original);
        }
    }

    @Test
    void a_change_committed_between_read_and_flush_is_a_conflict_not_an_overwrite() throws Exception {
        ActionDetail original = plans.getAction(allRows().get(2).id());
        TandemUser admin = signIn(ADMIN);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
                // this transaction reads the action (version v) into its persistence context...
                ActionDetail seen = plans.getAction(original.id());
                assertThat(seen.version()).isEqualTo(original.version());
                // ...another officer's transaction saves the same action and commits...
                CompletableFuture.runAsync(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
                    try {
                        plans.updateAction(original.id(), edit(original, original.version(), "Committed first"));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }).orTimeout(30, TimeUnit.SECONDS).join();
                // ...so the version check in memory passes, and only the flush can see the conflict.
                assertThatThrownBy(() -> plans.updateAction(original.id(),
                                edit(original, original.version(), "Would overwrite")))
                        .isInstanceOf(EditConflictException.class);
                status.setRollbackOnly();
            });
        try {
            ActionDetail now = plans.getAction(original.id());
            assertThat(now.title()).isEqualTo("Committed first");
            assertThat(now.version()).isEqualTo(original.version() + 1);
        } finally {
            restore(original);
        }
    }

    // ------------------------------------------------------------------------------ risks

    @Test
    void risk_register_heat_maps_count_every_risk_once() {
        RiskRegister register = plans.riskRegister(planId);
        List<RiskView> risks = register.risks();
        assertThat(risks).hasSizeGreaterThanOrEqualTo(20);
        assertThat((long) risks.size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from risk r join action a on a.id = r.action_id where a.plan_id = ?", Long.class, planId));
        int[][] before = new int[5][5];
        int[][] after = new int[5][5];
        for (RiskView r : risks) {
            if (r.score().isScored()) {
                before[r.score().consequence() - 1][r.score().likelihood() - 1]++;
            }
            if (r.revisedScore().isScored()) {
                after[r.revisedScore().consequence() - 1][r.revisedScore().likelihood() - 1]++;
            }
        }
        assertThat(register.before()).isDeepEqualTo(before);
        assertThat(register.after()).isDeepEqualTo(after);
        assertThat(sum(register.before()) + register.unscoredBefore()).isEqualTo(risks.size());
        assertThat(sum(register.after()) + register.unscoredAfter()).isEqualTo(risks.size());
    }

    @Test
    void risks_missing_either_factor_are_counted_as_not_scored() {
        RiskRegister register = plans.riskRegister(planId);
        long unscored = jdbc.queryForObject("select count(*) from risk r join action a on a.id = r.action_id"
                + " where a.plan_id = ? and (r.consequence is null or r.likelihood is null)", Long.class, planId);
        long unscoredAfter = jdbc.queryForObject("select count(*) from risk r join action a on a.id = r.action_id"
                + " where a.plan_id = ? and (r.revised_consequence is null or r.revised_likelihood is null)", Long.class, planId);
        assertThat(unscored).isGreaterThanOrEqualTo(3);
        assertThat(register.unscoredBefore()).isEqualTo(unscored);
        assertThat(register.unscoredAfter()).isEqualTo(unscoredAfter);
        assertThat(register.risks().stream().filter(r -> !r.score().isScored())).allSatisfy(r -> {
            assertThat(r.score().value()).isNull();
            assertThat(r.score().band()).isEqualTo(app.tandem.plan.RiskScore.Band.NOT_SCORED);
        });
    }

    // ------------------------------------------------------------------------------ creating plans

    @Test
    void a_plan_with_an_unknown_organisation_is_refused_and_nothing_is_saved() {
        Map<String, Long> before = tableCounts();
        PlanDraft draft = draft("Refused plan", "NO-SUCH-ORG");
        assertThatThrownBy(() -> plans.createPlan(draft))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessageKeys().keySet())
                        .anyMatch(k -> k.contains("NO-SUCH-ORG")));
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(plans.listPlans()).noneMatch(p -> p.title().equals("Refused plan"));
    }

    // ------------------------------------------------------------------------------ tenancy

    @Test
    void rows_written_as_northmere_carry_northmere_area_id() {
        TandemUser admin = signIn(ADMIN);
        long planCreated = plans.createPlan(draft("Tenancy probe", "NCHT"));
        try {
            for (String sql : List.of(
                    "select area_id from plan where id = ?",
                    "select area_id from status_label where plan_id = ?",
                    "select area_id from priority where plan_id = ?",
                    "select o.area_id from outcome o join priority p on p.id = o.priority_id where p.plan_id = ?",
                    "select area_id from action where plan_id = ?",
                    "select m.area_id from milestone m join action a on a.id = m.action_id where a.plan_id = ?",
                    "select r.area_id from risk r join action a on a.id = r.action_id where a.plan_id = ?")) {
                assertThat(jdbc.queryForList(sql, Long.class, planCreated)).as(sql).isNotEmpty().containsOnly(admin.areaId());
            }
            // the demo data, written through the same services as each area's system user
            assertThat(jdbc.queryForObject("select count(*) from action where plan_id = ? and area_id <> ?", Long.class,
                    planId, admin.areaId())).isZero();
            signIn(EASTBROOK_OFFICER);
            assertThat(plans.listPlans()).noneMatch(p -> p.title().equals("Tenancy probe"));
        } finally {
            deletePlan(planCreated);
        }
    }

    @Test
    void every_area_table_has_area_id_and_it_is_never_null() {
        List<String> tables = jdbc.queryForList("select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class);
        Set<String> withArea = new HashSet<>(jdbc.queryForList("select lower(table_name) from information_schema.columns"
                + " where lower(table_schema) = 'public' and lower(column_name) = 'area_id'", String.class));
        assertThat(withArea).contains("organisation", "account", "plan", "status_label", "priority", "outcome", "action",
                "milestone", "risk");
        Set<String> without = tables.stream().filter(t -> !withArea.contains(t)).collect(Collectors.toSet());
        assertThat(without).as("tables without area_id must be reviewed: add area_id or list them here")
                .isSubsetOf(TABLES_WITHOUT_AREA);
        for (String table : withArea) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where area_id is null", Long.class))
                    .as(table).isZero();
        }
        // The core tables hold demo rows, so the checks above are not vacuous for them; a module's
        // table may rightly be empty in the demo (safeguarding alerts, say).
        for (String table : List.of("organisation", "account", "plan", "priority", "outcome", "action", "milestone",
                "risk")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
        }
        Set<Long> areas = new HashSet<>(jdbc.queryForList("select id from local_area", Long.class));
        for (String table : withArea) {
            assertThat(jdbc.queryForList("select distinct area_id from " + table, Long.class)).as(table)
                    .allMatch(areas::contains);
        }
    }

    // ------------------------------------------------------------------------------ helpers

    List<ActionRow> allRows() {
        return plans.findActions(planId, ActionFilter.none(), 0, 1000);
    }

    /** The database filter returns exactly the rows the predicate picks from all rows, in plan order; returns how many. */
    long assertFilter(ActionFilter filter, Predicate<ActionRow> expected) {
        List<ActionRow> all = allRows();
        List<Long> want = ids(all.stream().filter(expected).toList());
        assertThat(ids(plans.findActions(planId, filter, 0, 1000))).as(filter.toString()).isEqualTo(want);
        assertThat(plans.countActions(planId, filter)).as(filter.toString()).isEqualTo(want.size());
        return want.size();
    }

    static ActionFilter filter(Set<Long> statusIds, boolean includeNotRated, @Nullable Long org, @Nullable Long officer,
            @Nullable Long priority, boolean needsAttention, @Nullable String text) {
        return new ActionFilter(statusIds, includeNotRated, org, officer, priority, needsAttention, text);
    }

    static List<Long> ids(List<ActionRow> rows) {
        return rows.stream().map(ActionRow::id).toList();
    }

    static boolean contains(@Nullable String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    boolean whoContains(long actionId, String needle) {
        return contains(plans.getAction(actionId).whoText(), needle);
    }

    long orgId(String shortName) {
        return access.organisations().stream().filter(o -> o.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    long personId(String email) {
        return access.staff().stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow().id();
    }

    static int sum(int[][] grid) {
        int total = 0;
        for (int[] row : grid) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }

    /** The same action as the detail shows it, with another title. */
    static ActionEdit edit(ActionDetail d, long version, String title) {
        return new ActionEdit(version, title, d.objective(), d.inspectionFinding(),
                d.leadOrganisation() == null ? null : d.leadOrganisation().id(),
                d.partnerOrganisations().stream().map(OrganisationRef::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                d.leadOfficers().stream().map(PersonRef::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                d.whoText(), d.seniorLead(), d.healthAction(), d.laAction(), d.resource(), d.start().words(),
                d.end().words(), d.detail(), d.monitoring(), d.measureOfSuccess(), d.evidence(), d.notes(),
                d.status() == null ? null : d.status().id(), d.statusDate());
    }

    /** Puts an action's content back as it was (its version moves on). */
    void restore(ActionDetail original) {
        signIn(ADMIN);
        long current = plans.getAction(original.id()).version();
        plans.updateAction(original.id(), edit(original, current, original.title()));
    }

    Map<String, Long> tableCounts() {
        return List.of("plan", "status_label", "priority", "outcome", "action", "milestone", "risk", "action_lead_officer",
                        "action_partner").stream()
                .collect(Collectors.toMap(t -> t, t -> Objects.requireNonNull(
                        jdbc.queryForObject("select count(*) from " + t, Long.class))));
    }

    /** A small plan: one priority, one outcome, one action led by {@code leadOrganisation}, with a milestone and a risk. */
    static PlanDraft draft(String title, String leadOrganisation) {
        ActionDraft action = new ActionDraft("9.9a", "Probe action", null, null, leadOrganisation, List.of("NMC"),
                List.of(OFFICER), null, null, null, null, Resource.ER, "April 2026", "Q4 2026", null, null, null, null, null,
                "Green", LocalDate.of(2026, 1, 5),
                List.of(new MilestoneDraft("First step", "June 2026", null)),
                List.of(new RiskDraft("It slips", "Delay", 3, 4, "Watch it", 2, 2, OFFICER)));
        OutcomeDraft outcome = new OutcomeDraft("9.9", "Things are better", List.of("Families notice"), List.of(action));
        PriorityDraft priority = new PriorityDraft("9", "Probe priority", null, null, null, null, null, null, null, null,
                List.of(outcome), null);
        return new PlanDraft(PlanKind.IMPROVEMENT_PLAN, title, "2026-27", LocalDate.of(2026, 4, 1), null, null, null, null,
                null, null, null, null, null, null, null, null, null, StatusScheme.brag().options(), List.of(priority));
    }

    void deletePlan(long id) {
        String actions = "(select id from action where plan_id = " + id + ")";
        for (String sql : List.of(
                "delete from risk where action_id in " + actions,
                "delete from milestone where action_id in " + actions,
                "delete from action_lead_officer where action_id in " + actions,
                "delete from action_partner where action_id in " + actions,
                "delete from action where plan_id = " + id,
                "delete from outcome where priority_id in (select id from priority where plan_id = " + id + ")",
                "delete from priority where plan_id = " + id,
                "delete from status_label where plan_id = " + id,
                "delete from plan where id = " + id)) {
            jdbc.update(sql);
        }
    }
}

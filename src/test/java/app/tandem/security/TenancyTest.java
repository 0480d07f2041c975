package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.AccessService;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.base.NotFoundException;
import app.tandem.base.Tenancy;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.MilestoneEdit;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.RiskEdit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality bar AC-1 through the real services: an Eastbrook account sees nothing of Northmere, with
 * Northmere's ids giving the same "not found" as ids that never existed; with nobody signed in,
 * queries find nothing; and every area table carries Hibernate's tenant column.
 */
class TenancyTest extends TandemSpringTest {

    /** The one entity that is not scoped to an area: the area itself. */
    static final Set<String> NOT_AREA_SCOPED = Set.of("app.tandem.access.LocalArea");

    @Autowired
    PlanService plans;

    @Autowired
    AccessService access;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    long northmerePlanId;
    ActionDetail northmereAction;

    @BeforeEach
    void findNorthmeresIds() {
        as(NORTHMERE_ADMIN, () -> {
            northmerePlanId = plans.listPlans().getFirst().id();
            northmereAction = plans.getAction(
                    plans.findActions(northmerePlanId, ActionFilter.none(), 0, 1).getFirst().id());
        });
    }

    @Test
    void eastbrook_lists_only_its_own_plan() {
        login(EASTBROOK_OFFICER);

        List<PlanSummary> list = plans.listPlans();

        assertThat(list).extracting(PlanSummary::title).containsExactly("Eastbrook SEND Improvement Plan");
        assertThat(list).extracting(PlanSummary::id).doesNotContain(northmerePlanId);
    }

    @Test
    void eastbrook_gets_not_found_for_every_read_of_a_northmere_plan_or_action() {
        login(EASTBROOK_OFFICER);

        assertThatThrownBy(() -> plans.getPlan(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.statusCounts(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.findActions(northmerePlanId, ActionFilter.none(), 0, 50))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.countActions(northmerePlanId, ActionFilter.none()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.riskRegister(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.getAction(northmereAction.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eastbrook_cannot_change_a_northmere_action_and_nothing_changes() {
        login(EASTBROOK_ADMIN);

        assertThatThrownBy(() -> plans.updateAction(northmereAction.id(),
                TestData.withNotes(northmereAction, "Written from Eastbrook"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.saveMilestone(northmereAction.id(), null,
                new MilestoneEdit(0, "Written from Eastbrook", null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.saveRisk(northmereAction.id(), null,
                new RiskEdit(0, "Written from Eastbrook", null, null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);

        ActionDetail after = as(NORTHMERE_ADMIN, () -> plans.getAction(northmereAction.id()));
        assertThat(after.version()).isEqualTo(northmereAction.version());
        assertThat(after.notes()).isEqualTo(northmereAction.notes());
        assertThat(after.milestones()).hasSameSizeAs(northmereAction.milestones());
        assertThat(after.risks()).hasSameSizeAs(northmereAction.risks());
    }

    @Test
    void eastbrook_sees_only_its_own_organisations_people_and_area() {
        Set<Long> northmereOrganisations = as(NORTHMERE_ADMIN,
                () -> access.organisations().stream().map(OrganisationSummary::id).collect(Collectors.toSet()));
        login(EASTBROOK_ADMIN);

        assertThat(access.organisations()).isNotEmpty()
                .extracting(OrganisationSummary::shortName).contains("EBC").doesNotContain("NMC");
        assertThat(access.organisations()).extracting(OrganisationSummary::id)
                .doesNotContainAnyElementsOf(northmereOrganisations);
        assertThat(access.people()).isNotEmpty().extracting(PersonSummary::email)
                .allSatisfy(email -> assertThat(email).endsWith("@eastbrook.test"));
        assertThat(access.staff()).extracting(PersonSummary::email)
                .allSatisfy(email -> assertThat(email).endsWith("@eastbrook.test"));
        assertThat(access.currentArea().name()).isEqualTo("Eastbrook");
    }

    @Test
    void eastbrook_cannot_change_northmere_people_or_organisations() {
        long northmereOrganisation = as(NORTHMERE_ADMIN, () -> access.organisations().getFirst().id());
        long northmerePerson = as(NORTHMERE_ADMIN, () -> access.people().getFirst().id());
        login(EASTBROOK_ADMIN);

        assertThatThrownBy(() -> access.setOrganisationActive(northmereOrganisation, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.setPersonEnabled(northmerePerson, false)).isInstanceOf(NotFoundException.class);
    }

    @Autowired
    app.tandem.report.ReportService reports;

    @Autowired
    app.tandem.progress.ProgressService progress;

    @Test
    void eastbrook_cannot_read_northmere_periods_reports_exports_updates_or_files() {
        var northmere = as(NORTHMERE_ADMIN, () -> {
            long periodId = reports.periods(northmerePlanId).getFirst().id();
            long priorityId = plans.getPlan(northmerePlanId).priorities().getFirst().id();
            long fileId = progress.post(northmereAction.id(), new app.tandem.progress.NewUpdate(
                    java.util.UUID.randomUUID().toString(), java.time.LocalDate.now(), "Tenancy check", null, List.of(),
                    List.of(new app.tandem.progress.NewUpdate.NewAttachment("tenancy.txt",
                            "Northmere only".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    Set.of(), null)).attachments().getFirst().id();
            reports.setPublished(northmerePlanId, true);
            return new long[] {periodId, priorityId, fileId};
        });
        long periodId = northmere[0];
        long priorityId = northmere[1];
        long fileId = northmere[2];
        var pdf = app.tandem.report.ReportViews.ExportFormat.PDF;
        login(EASTBROOK_OFFICER);

        assertThatThrownBy(() -> reports.periods(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.highlightReport(northmerePlanId, periodId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.exportReport(northmerePlanId, periodId, pdf)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.exportEvidencePack(northmerePlanId, priorityId, pdf))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.publication(northmerePlanId)).isInstanceOf(NotFoundException.class);
        // A published Northmere plan is not found under Eastbrook's public address either.
        assertThatThrownBy(() -> reports.publicPlan("eastbrook", northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.attachment(fileId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.latestLines(northmerePlanId, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.attention(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThat(progress.updates(northmereAction.id())).isEmpty();
        assertThat(progress.publicLines(northmerePlanId)).isEmpty();
    }

    @Test
    void services_refuse_a_caller_who_is_not_signed_in() {
        assertThatThrownBy(() -> plans.listPlans()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> access.organisations()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plan", "Action", "Account", "Organisation", "Milestone", "Risk", "StatusLabel", "Comment",
            "ForumRating"})
    void with_nobody_signed_in_and_no_area_set_queries_find_nothing(String entity) {
        String count = "select count(e) from " + entity + " e";
        long everywhere = Tenancy.callAsSystem(() -> inTransaction(count));
        assertThat(everywhere).as("%s rows in the demo data", entity).isPositive();

        assertThat(inTransaction(count)).as("%s rows visible with no area", entity).isZero();
    }

    @Test
    void every_entity_but_the_area_itself_carries_the_tenant_id() {
        List<String> entities = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            entities.add(type.getSimpleName());
            if (!NOT_AREA_SCOPED.contains(type.getName()) && !hasTenantId(type)) {
                missing.add(type.getName());
            }
        }
        assertThat(entities).contains("Plan", "Action", "Account", "Organisation", "LocalArea");
        assertThat(missing).as("entities without an @TenantId attribute").isEmpty();
    }

    /**
     * Issue 9 part 5: no repository query can run without the area filter, so the data can be
     * distributed by area (Citus, area_id as distribution column; docs/scaling.md). Hibernate adds
     * the area to every JPQL, criteria and derived query on an {@code @TenantId} entity (the test
     * above); what it cannot filter is SQL written by hand, so every native query must name
     * area_id, and every entity a JPQL query names must be area-scoped. Walks every Spring Data
     * repository of the app.
     */
    @Test
    void every_repository_query_runs_with_the_area_filter() {
        Set<String> areaScoped = new java.util.HashSet<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            if (!NOT_AREA_SCOPED.contains(entity.getJavaType().getName()) && hasTenantId(entity.getJavaType())) {
                areaScoped.add(entity.getName());
            }
        }
        var repositories = new org.springframework.data.repository.support.Repositories(applicationContext);
        List<String> checked = new ArrayList<>();
        List<String> unfiltered = new ArrayList<>();
        for (Class<?> domain : repositories) {
            var info = repositories.getRepositoryInformationFor(domain).orElseThrow();
            Class<?> repository = info.getRepositoryInterface();
            if (!repository.getName().startsWith("app.tandem.")) {
                continue;
            }
            boolean domainScoped = !NOT_AREA_SCOPED.contains(domain.getName()) && hasTenantId(domain);
            for (java.lang.reflect.Method method : info.getQueryMethods()) {
                String name = repository.getSimpleName() + "." + method.getName();
                checked.add(name);
                var query = method.getAnnotation(org.springframework.data.jpa.repository.Query.class);
                var nativeQuery = method.getAnnotation(org.springframework.data.jpa.repository.NativeQuery.class);
                if (nativeQuery != null || (query != null && query.nativeQuery())) {
                    String sql = nativeQuery != null ? nativeQuery.value() : query.value();
                    if (!sql.toLowerCase(java.util.Locale.ROOT).contains("area_id")) {
                        unfiltered.add(name + ": native SQL without area_id");
                    }
                } else if (query != null) {
                    var names = java.util.regex.Pattern.compile("\\b(?i:from|join)\\s+([A-Z][A-Za-z0-9_]*)\\b")
                            .matcher(query.value());
                    while (names.find()) {
                        if (!areaScoped.contains(names.group(1))) {
                            unfiltered.add(name + ": JPQL names " + names.group(1) + ", not area-scoped");
                        }
                    }
                } else if (!domainScoped && !AREA_REPOSITORY.equals(repository.getName())) {
                    unfiltered.add(name + ": derived query on " + domain.getSimpleName() + ", not area-scoped");
                }
            }
        }
        assertThat(checked).as("the walk reaches the app's repositories")
                .contains("RiskRepository.findByPlan", "ActionRepository.countByStatus");
        assertThat(unfiltered).isEmpty();
    }

    /** Local areas are the tenants themselves: listed by slug for sign-in and public pages. */
    static final String AREA_REPOSITORY = "app.tandem.access.LocalAreaRepository";

    /** The check above fails for the queries it must catch (so it cannot pass by checking nothing). */
    @Test
    void the_area_filter_check_catches_hand_written_sql_and_unscoped_entities() {
        var jpql = java.util.regex.Pattern.compile("\\b(?i:from|join)\\s+([A-Z][A-Za-z0-9_]*)\\b")
                .matcher("select a from Action a join LocalArea l on l.id = a.id");
        List<String> named = new ArrayList<>();
        while (jpql.find()) {
            named.add(jpql.group(1));
        }
        assertThat(named).containsExactly("Action", "LocalArea");
        assertThat(hasTenantId(app.tandem.access.AreaSummary.class)).isFalse();
    }

    /** With nobody signed in, every area-scoped entity reads as empty, not just the ones listed above. */
    @Test
    void with_nobody_signed_in_every_area_scoped_entity_reads_as_empty() {
        List<String> leaking = new ArrayList<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            if (NOT_AREA_SCOPED.contains(entity.getJavaType().getName())) {
                continue;
            }
            if (inTransaction("select count(e) from " + entity.getName() + " e") != 0) {
                leaking.add(entity.getName());
            }
        }
        assertThat(leaking).isEmpty();
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private long inTransaction(String jpql) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setReadOnly(true);
        Long n = tx.execute(status -> entityManager.createQuery(jpql, Long.class).getSingleResult());
        return n == null ? -1 : n;
    }

    private static boolean hasTenantId(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(TenantId.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- feedback and language (feedback2) --------------------------------------------------------

    @Autowired
    app.tandem.feedback.FeedbackService feedback;

    @Autowired
    app.tandem.language.LanguageService language;

    @Test
    void eastbrook_sees_none_of_northmeres_comments_ratings_or_answers() {
        long northmereComments = as(NORTHMERE_ADMIN,
                () -> feedback.thread(app.tandem.feedback.TargetKind.ACTION, northmereAction.id()).comments().size());
        assertThat(northmereComments).as("the demo comments on Northmere's first action").isPositive();

        login(EASTBROOK_ADMIN);
        assertThat(feedback.thread(app.tandem.feedback.TargetKind.ACTION, northmereAction.id()).comments()).isEmpty();
        assertThat(feedback.visibleCounts(app.tandem.feedback.TargetKind.ACTION, List.of(northmereAction.id()))).isEmpty();
        assertThat(feedback.awaitingMyResponse()).noneMatch(a -> a.actionId() == northmereAction.id());
        assertThatThrownBy(() -> feedback.youSaidWeDid(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.forumRating(northmereAction.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.post(new app.tandem.feedback.FeedbackViews.NewComment(
                app.tandem.feedback.TargetKind.ACTION, northmereAction.id(), null, "Written from Eastbrook", false, false,
                java.util.UUID.randomUUID().toString()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_glossary_is_the_built_in_list_plus_only_the_areas_own_entries() {
        login(EASTBROOK_ADMIN);
        assertThat(language.glossary()).allMatch(e -> e.builtIn());
    }

    // --- measure ------------------------------------------------------------------------------------

    @Autowired
    app.tandem.measure.MeasureService measures;

    @Test
    void eastbrook_cannot_read_or_enter_northmeres_measures() {
        app.tandem.measure.MeasureViews.MeasureTable northmere = as(NORTHMERE_ADMIN, () -> measures.table(northmerePlanId, null));
        assertThat(northmere.rows()).as("Northmere's demo measures").isNotEmpty();
        long measureId = northmere.rows().getFirst().id();
        long periodId = northmere.period().id();

        login(EASTBROOK_ADMIN);
        assertThatThrownBy(() -> measures.table(northmerePlanId, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> measures.enterValue(new app.tandem.measure.MeasureViews.ValueEntry(measureId, periodId, "", 0,
                java.math.BigDecimal.ONE, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> measures.addMeasure(northmerePlanId, new app.tandem.measure.MeasureViews.MeasureEdit(0, "X 1",
                "Written from Eastbrook", app.tandem.measure.MeasureRules.Unit.COUNT, app.tandem.measure.MeasureRules.Better.HIGHER,
                null, null, null, null, null, null, app.tandem.measure.MeasureRules.Source.OFFICER, List.of(), List.of(),
                List.of()))).isInstanceOf(NotFoundException.class);
    }

    // --- home (issue 11): the bounded reads the home page added, and the home's own panels ---------

    @Autowired
    app.tandem.home.HomeService home;

    @Autowired
    app.tandem.feedback.FeedbackService homeFeedback;

    @Test
    void eastbrook_home_reads_nothing_of_northmere() {
        login(EASTBROOK_ADMIN);
        assertThatThrownBy(() -> plans.recentStatusChanges(northmerePlanId, java.time.Instant.EPOCH, 20))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> homeFeedback.recentAnswers(northmerePlanId, null, false, 20))
                .isInstanceOf(NotFoundException.class);
        assertThat(home.boardReadiness()).hasValueSatisfying(b -> assertThat(b.planId()).isNotEqualTo(northmerePlanId));
        assertThat(home.myWork().items()).noneMatch(w -> w.actionId() == northmereAction.id());
        assertThat(home.atAGlance()).hasValueSatisfying(g -> assertThat(g.planId()).isNotEqualTo(northmerePlanId));
    }

    @Test
    void eastbrook_can_neither_read_nor_link_northmeres_priority_sponsors() {
        login(EASTBROOK_ADMIN);
        assertThatThrownBy(() -> plans.prioritySponsors(northmerePlanId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.linkSponsor(northmereAction.priorityId(), 0, null))
                .isInstanceOf(NotFoundException.class);
    }
}

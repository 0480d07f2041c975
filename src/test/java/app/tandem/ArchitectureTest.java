package app.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

/**
 * The shape the architecture promises (docs/architecture.md): modules talk through their public
 * API only, views go through services, services sit at a module's root. Plain ArchUnit checks,
 * no Spring context, so this runs in a second or two.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem");

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        // Also covers "no class outside a module uses another module's package-private types".
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written_to_target() {
        new Documenter(MODULES).writeDocumentation();
    }

    @Test
    void views_never_use_spring_data_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call one service; services own repositories and transactions")
                .check(MAIN);
    }

    @Test
    void views_never_touch_entities_only_read_models() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("entities stay inside their module; views get records from services")
                .check(MAIN);
    }

    @Test
    void services_live_at_the_root_of_a_module() {
        classes().that().areAnnotatedWith(Service.class)
                .should().resideInAPackage("app.tandem.*")
                .because("a module's root package is its API; a service in a sub-package is internal or misplaced")
                .check(MAIN);
    }

    @Test
    void ui_packages_hold_no_web_controllers() {
        noClasses().that().resideInAPackage("..ui..")
                .should().beAnnotatedWith(Controller.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.web.bind.annotation..")
                .because("the UI is Vaadin views; an HTTP endpoint in ui would bypass its security annotations")
                .check(MAIN);
    }

    @Test
    void every_scheduled_job_runs_on_one_node_at_a_time() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("several nodes share one database: without the ShedLock a digest or a wave closing runs once per node"
                        + " (see the operations module's ClusterLocks)")
                .check(MAIN);
    }

    /**
     * Classes allowed to write SQL by hand, each for a reason; {@link
     * #hand_written_sql_names_the_area_in_every_statement} reads their SQL.
     */
    static final java.util.Map<String, String> REVIEWED_SQL = java.util.Map.of(
            "app.tandem.operations.RuntimeMeters", "counts the outbox (event_publication has no area rows)",
            "app.tandem.operations.ClusterLocks", "gives ShedLock its JdbcTemplate (the lock table has no area rows)",
            "app.tandem.survey.ResponseStore", "submits answers in one JDBC batch and moves the kept counts (issue 5's SQL budget)",
            "app.tandem.survey.SurveyService", "resolves an anonymous link across areas by its hash; flips a wave's announced flag",
            "app.tandem.survey.WaveAnnouncer", "finds the waves to announce in every area (a system job), then works area by area",
            "app.tandem.base.H2Backups", "H2's SCRIPT TO backup of the whole database (an admin operation, not a query)",
            "app.tandem.audit.AuditPersonalData", "deletes audit records past the area's retention period in one statement");

    /** Statements that cross areas on purpose: a fragment of each, with why. */
    static final java.util.Map<String, String> CROSS_AREA_SQL = java.util.Map.of(
            "from survey_wave where link_hash", "an anonymous link names no area: its hash finds the wave and its area",
            "where w.announced = false", "the daily announcer looks at every area's waves, then announces each in its area",
            "SCRIPT TO", "a backup is of the whole database");

    @Test
    void sql_by_hand_only_where_reviewed_so_every_query_keeps_the_area_filter() {
        // Hibernate filters every JPQL, criteria and derived query by area (@TenantId); hand-written SQL
        // escapes it, so it is allowed only in reviewed classes whose statements are read below.
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are not reviewed for SQL",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !REVIEWED_SQL.containsKey(c.getName())))
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .because("a query written in SQL is not filtered by area (docs/scaling.md)")
                .check(MAIN);
    }

    /** In the reviewed classes, every statement on an area table names area_id, but the reviewed cross-area ones. */
    @Test
    void hand_written_sql_names_the_area_in_every_statement() throws java.io.IOException {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\"",
                java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern statement = java.util.regex.Pattern.compile("^\\s*(select|insert|update|delete)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        java.util.List<String> missing = new java.util.ArrayList<>();
        int statements = 0;
        for (String className : REVIEWED_SQL.keySet()) {
            java.nio.file.Path source = java.nio.file.Path.of("src/main/java", className.replace('.', '/') + ".java");
            if (!java.nio.file.Files.exists(source)) {
                continue;
            }
            java.util.regex.Matcher m = literal.matcher(java.nio.file.Files.readString(source));
            while (m.find()) {
                String sql = m.group(1) != null ? m.group(1) : m.group(2);
                if (!statement.matcher(sql).find() || sql.contains("event_publication") || sql.contains("shedlock")) {
                    continue;
                }
                statements++;
                boolean crossAreaOnPurpose = CROSS_AREA_SQL.keySet().stream().anyMatch(sql::contains);
                if (!sql.contains("area_id") && !crossAreaOnPurpose) {
                    missing.add(className + ": " + sql.strip());
                }
            }
        }
        assertThat(statements).as("the scan found the survey's statements").isGreaterThan(5);
        assertThat(missing).as("statements without area_id (add it, or review them into CROSS_AREA_SQL)").isEmpty();
    }
}

package app.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @Test
    void sql_by_hand_only_where_reviewed_so_every_query_keeps_the_area_filter() {
        // Hibernate filters every JPQL, criteria and derived query by area (@TenantId); hand-written SQL
        // escapes it. Reviewed exceptions: the operations module counts the outbox (no area rows) and
        // gives ShedLock its JdbcTemplate (the lock table, no area rows).
        noClasses().that().doNotHaveFullyQualifiedName("app.tandem.operations.RuntimeMeters")
                .and().doNotHaveFullyQualifiedName("app.tandem.operations.ClusterLocks")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .because("a query written in SQL is not filtered by area (docs/scaling.md)")
                .check(MAIN);
    }
}

package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.access.TandemUser;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.FuzzyDates.DatePrecision;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.PlanSummary;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * FI-4 on a populated PostgreSQL: a database migrated to V2 by an earlier release and holding
 * data is upgraded by the app's own start-up (Flyway, then Hibernate's {@code ddl-auto=validate}),
 * the app starts, the old rows read correctly through the services, and new rows (the demo areas)
 * get fresh ids beside them.
 */
@SpringBootTest
class MigrationPostgresTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class PostgresPopulatedAtV2 {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres populatedPostgres() throws IOException {
            EmbeddedPostgres postgres = EmbeddedPostgresConfig.start();
            try (HikariDataSource pool = EmbeddedPostgresConfig.pool(postgres, "postgres")) {
                PopulatedDatabase.migrateToV2AndFill(pool);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        }

        @Bean
        @Primary
        DataSource dataSource(EmbeddedPostgres populatedPostgres) {
            return EmbeddedPostgresConfig.pool(populatedPostgres, "postgres");
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired PlanService plans;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void start_up_migrated_the_populated_database_past_v2() {
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where version is not null order by installed_rank", String.class);
        assertThat(versions).startsWith("1", "2").hasSizeGreaterThan(2);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).isNotNull();
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    }

    @Test
    void rows_written_before_the_upgrade_read_correctly_through_the_services() {
        signIn("officer@oldtown.test");
        List<PlanSummary> visible = plans.listPlans();
        assertThat(visible).extracting(PlanSummary::title).containsExactly("Oldtown SEND plan");
        long planId = visible.get(0).id();
        assertThat(visible.get(0).actionCount()).isOne();
        assertThat(plans.getPlan(planId).priorities().get(0).outcomes().get(0).impacts())
                .containsExactly("Fewer complaints", "More visits");
        long actionId = plans.findActions(planId, ActionFilter.none(), 0, 10).get(0).id();
        ActionDetail d = plans.getAction(actionId);
        assertThat(d.title()).isEqualTo("Rewrite the local offer with families");
        assertThat(d.end().date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(d.end().precision()).isEqualTo(DatePrecision.QUARTER);
        assertThat(d.status()).isNotNull();
        assertThat(d.status().label()).isEqualTo("On track");
        assertThat(d.leadOfficers()).extracting(p -> p.name()).containsExactly("Olive Oldfield");
        assertThat(d.milestones()).hasSize(1);
        assertThat(d.risks()).singleElement().satisfies(r -> assertThat(r.score().value()).isEqualTo(12));
        assertThat(d.canEdit()).isTrue();
    }

    @Test
    void new_rows_get_fresh_ids_beside_the_old_ones_and_areas_stay_apart() {
        signIn("admin@northmere.test");
        assertThat(plans.listPlans()).extracting(PlanSummary::title)
                .anyMatch(t -> t.contains("Northmere"))
                .noneMatch(t -> t.contains("Oldtown"));
        assertThat(jdbc.queryForObject("select count(distinct area_id) from action", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from action where area_id is null", Long.class)).isZero();
    }

    private void signIn(String email) {
        TandemUser user = (TandemUser) users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

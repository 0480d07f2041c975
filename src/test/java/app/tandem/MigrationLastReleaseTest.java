package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * FI-4 over the previous release's data: a database at the last release's schema holding its demo
 * data (both areas: plans, updates, comments, measures...) upgrades to today's schema on H2 and on
 * PostgreSQL with every row still there and new rows getting fresh ids. The app starting on an
 * upgraded database is {@link MigrationPostgresTest}'s part.
 */
class MigrationLastReleaseTest {

    @Test
    void the_last_releases_h2_database_migrates_keeping_every_row() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:last-release-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgradesKeepingEveryRow(h2);
        new JdbcTemplate(h2).execute("shutdown");
    }

    @Test
    void the_last_releases_postgres_database_migrates_keeping_every_row() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start();
                HikariDataSource pool = EmbeddedPostgresConfig.pool(postgres, "postgres")) {
            upgradesKeepingEveryRow(pool);
        }
    }

    private static void upgradesKeepingEveryRow(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        MigrateResult toRelease = PopulatedDatabase.migrateToLastReleaseAndFill(dataSource);
        assertThat(toRelease.targetSchemaVersion).isEqualTo(PopulatedDatabase.LAST_RELEASE);
        Map<String, Long> before = counts(jdbc);
        assertThat(before).containsKeys("local_area", "account", "plan", "action", "progress_update", "feedback_comment");
        assertThat(before.get("action")).isGreaterThan(20);
        assertThat(before.get("account")).isGreaterThan(5);

        MigrateResult latest = PopulatedDatabase.migrateToLatest(dataSource);
        assertThat(latest.success).isTrue();

        Map<String, Long> after = counts(jdbc);
        before.forEach((table, count) -> assertThat(after.get(table)).as("rows in " + table).isEqualTo(count));
        assertThat(jdbc.queryForList("select slug from local_area order by slug", String.class))
                .containsExactly("eastbrook", "northmere");
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'parent@northmere.test'", Long.class))
                .isOne();
        // Identity columns carry on past the old rows.
        jdbc.update("insert into local_area (name, slug) values ('Newtown', 'newtown')");
        assertThat(jdbc.queryForObject("select count(*) from local_area", Long.class)).isEqualTo(3);
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type in ('TABLE', 'BASE TABLE') "
                + "and table_name <> 'flyway_schema_history' order by table_name", String.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}

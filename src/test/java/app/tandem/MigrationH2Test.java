package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * FI-4 on a populated H2 (PostgreSQL mode, the development database): the same V2 data as
 * {@link MigrationPostgresTest} upgrades to the latest schema with nothing lost. No Spring context:
 * that the latest schema validates against the entities is what {@link PersistenceH2Test}'s
 * start-up proves, and the schema after migrating is the same with or without rows.
 */
class MigrationH2Test {

    @Test
    void a_populated_h2_database_migrates_to_the_latest_version_keeping_its_rows() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:populated-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(h2);

        MigrateResult toV2 = PopulatedDatabase.migrateToV2AndFill(h2);
        assertThat(toV2.targetSchemaVersion).isEqualTo(PopulatedDatabase.LAST_VERSION_BEFORE);
        long actionsBefore = jdbc.queryForObject("select count(*) from action", Long.class);
        assertThat(actionsBefore).isOne();

        MigrateResult latest = PopulatedDatabase.migrateToLatest(h2);
        assertThat(latest.success).isTrue();
        assertThat(latest.migrationsExecuted).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from action", Long.class)).isEqualTo(actionsBefore);
        assertThat(jdbc.queryForObject("select end_precision from action", String.class)).isEqualTo("QUARTER");
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).isZero();
        jdbc.execute("shutdown");
    }
}

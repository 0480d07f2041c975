package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The persistence contract on a real PostgreSQL 17 (embedded), migrated from empty by Flyway:
 * what production runs. Same tests as {@link PersistenceH2Test}.
 */
@SpringBootTest
@Import(EmbeddedPostgresConfig.class)
class PersistencePostgresTest extends PersistenceContract {

    @Test
    void runs_on_postgresql_17_migrated_by_flyway() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).startsWith("1", "2", "3");
    }
}

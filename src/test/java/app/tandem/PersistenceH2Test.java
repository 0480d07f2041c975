package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the default test database: in-memory H2 in PostgreSQL mode, migrated by Flyway. */
@SpringBootTest
class PersistenceH2Test extends PersistenceContract {

    @Test
    void runs_on_h2_migrated_by_flyway() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).startsWith("2.");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null and success"
                + " order by installed_rank", String.class)).startsWith("1", "2", "3");
    }
}

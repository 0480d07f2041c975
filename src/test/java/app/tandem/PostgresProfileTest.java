package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile as an operator uses it: {@code postgres} with DB_URL / DB_USER /
 * DB_PASSWORD, Flyway building the schema on an empty database, and no demo data unless asked.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresProfileTest {

    /** Stopped by zonky's shutdown hook when the test JVM exits (closing it earlier would strand the pool). */
    private static final EmbeddedPostgres POSTGRES;

    static {
        try {
            POSTGRES = EmbeddedPostgresConfig.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // The same placeholders the operator sets as environment variables.
        registry.add("DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "");
        // Undo the test layer's demo default, so the profile's own default is what is tested.
        registry.add("tandem.demo", () -> "${TANDEM_DEMO:false}");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_postgres_profile_migrates_an_empty_database_and_loads_no_demo_data() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from local_area", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isZero();
    }
}

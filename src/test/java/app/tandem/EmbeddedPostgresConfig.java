package app.tandem;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries) for a Spring test context: Flyway, JPA and
 * JdbcTemplate all use it instead of the in-memory H2. Import it with
 * {@code @Import(EmbeddedPostgresConfig.class)}; every class that does so with otherwise the same
 * configuration shares one cached context, so one server.
 *
 * <p>The server is a bean closed by Spring <em>after</em> the connection pool that depends on it
 * (closing it in {@code @AfterAll} while the pool still holds connections makes the JVM hang on exit).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return start();
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        return pool(postgres, "postgres");
    }

    /** Starts a throw-away server tuned for tests (durability off: nothing here must survive a crash). */
    public static EmbeddedPostgres start() throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setPGStartupWait(Duration.ofSeconds(30))
                .start();
        log.info("Embedded PostgreSQL started on port {} in {} ms", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    /** A small Hikari pool on one database of the server. */
    public static HikariDataSource pool(EmbeddedPostgres postgres, String database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(5);
        pool.setConnectionTimeout(5_000);
        pool.setPoolName("embedded-postgres-" + database);
        return pool;
    }
}

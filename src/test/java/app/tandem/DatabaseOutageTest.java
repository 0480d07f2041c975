package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.base.ui.ErrorReference;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * FI-6: PostgreSQL goes away under a running app (the production profile's own pool settings) and
 * comes back. While it is away, a request fails within 5 seconds with an error that people see as
 * the plain "cannot reach its database" sentence; once it is back, the same app serves requests and
 * writes again with no restart. Embedded PostgreSQL runs on a fixed port and data directory so the
 * restart is the same server, with the same data.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class DatabaseOutageTest {

    private static final Path DATA;
    private static final int PORT;
    private static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("tandem-outage-pg");
            try (ServerSocket free = new ServerSocket(0)) {
                PORT = free.getLocalPort();
            }
            postgres = start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT)
                .setServerConfig("fsync", "off").setPGStartupWait(Duration.ofSeconds(30)).start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("DB_URL", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "");
        registry.add("tandem.demo", () -> "false");
    }

    @Autowired AccessService access;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void users_get_a_plain_message_within_5_seconds_while_postgres_is_away_and_the_app_recovers_by_itself()
            throws Exception {
        asSystem(() -> access.ensureArea("Before the outage", "before-outage"));

        postgres.close();
        postgres = null;
        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> asSystem(() -> access.allAreas()));
        long failedAfterMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[FI-6] with PostgreSQL down, a request failed after %d ms: %s%n", failedAfterMs,
                failure == null ? "no failure" : failure.getClass().getSimpleName());
        assertThat(failure).isNotNull();
        assertThat(failedAfterMs).isLessThan(5_000);
        assertThat(ErrorReference.messageKey(failure)).isEqualTo("error.database");

        postgres = start();
        long back = System.nanoTime();
        AreaSummary written = null;
        while (written == null && System.nanoTime() - back < 30_000_000_000L) {
            try {
                written = asSystem(() -> access.ensureArea("After the outage", "after-outage"));
            } catch (RuntimeException stillRecovering) {
                Thread.sleep(200);
            }
        }
        System.out.printf("[FI-6] after PostgreSQL came back, the first write succeeded after %d ms%n",
                (System.nanoTime() - back) / 1_000_000);
        assertThat(written).as("a write once PostgreSQL is back").isNotNull();
        assertThat(asSystem(() -> access.allAreas())).extracting(AreaSummary::slug)
                .contains("before-outage", "after-outage");
    }

    private static <T> T asSystem(Supplier<T> work) {
        TandemUser system = TandemUser.system(Tenancy.ALL_AREAS);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

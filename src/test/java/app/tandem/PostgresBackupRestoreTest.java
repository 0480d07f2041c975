package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's PostgreSQL backup ({@code pg_dump -Fc}) restores ({@code pg_restore}) into an empty
 * database with every row: the previous release's demo data upgraded to today's schema. Needs the
 * PostgreSQL client tools of the server's major version (17) or newer on the PATH, or in
 * {@code -Dtandem.pgBin=/usr/lib/postgresql/17/bin}; skipped with a message otherwise (pg_dump
 * refuses to dump a newer server).
 */
class PostgresBackupRestoreTest {

    @TempDir Path dir;

    @Test
    void a_pg_dump_backup_restores_into_an_empty_database_with_every_row() throws Exception {
        String bin = System.getProperty("tandem.pgBin", "");
        String pgDump = bin.isEmpty() ? "pg_dump" : Path.of(bin, "pg_dump").toString();
        String pgRestore = bin.isEmpty() ? "pg_restore" : Path.of(bin, "pg_restore").toString();
        int clientMajor = majorVersion(pgDump);
        Assumptions.assumeTrue(clientMajor >= 17, "PostgreSQL backup test skipped: needs pg_dump 17 or newer for the "
                + "embedded PostgreSQL 17, found " + (clientMajor < 0 ? "none" : "version " + clientMajor)
                + " (install postgresql-client-17 or set -Dtandem.pgBin)");

        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start();
                HikariDataSource tandem = EmbeddedPostgresConfig.pool(postgres, "postgres")) {
            PopulatedDatabase.migrateToLastReleaseAndFill(tandem);
            PopulatedDatabase.migrateToLatest(tandem);
            JdbcTemplate original = new JdbcTemplate(tandem);
            original.execute("create database restored");
            Path backup = dir.resolve("tandem.dump");
            String port = Integer.toString(postgres.getPort());
            // README: pg_dump -Fc -h HOST -p PORT -U USER -d tandem -f tandem.dump
            run(pgDump, "-Fc", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "postgres", "-f", backup.toString());
            // README: pg_restore --no-owner -h HOST -p PORT -U USER -d EMPTY_DATABASE tandem.dump
            run(pgRestore, "--no-owner", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "restored",
                    backup.toString());
            try (HikariDataSource restoredPool = EmbeddedPostgresConfig.pool(postgres, "restored")) {
                JdbcTemplate restored = new JdbcTemplate(restoredPool);
                Map<String, Long> before = counts(original);
                assertThat(before.get("action")).isPositive();
                assertThat(counts(restored)).isEqualTo(before);
                assertThat(restored.queryForList("select email from account order by id", String.class))
                        .isEqualTo(original.queryForList("select email from account order by id", String.class));
            }
        }
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "'public' and table_type = 'BASE TABLE' order by table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static int majorVersion(String pgDump) {
        try {
            Process p = new ProcessBuilder(pgDump, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(10, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("(\\d+)\\.").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void run(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("pg-tool", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", cmd) + " finished").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + Files.readString(log)).isZero();
    }
}

package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backups of the default H2 database restore into an empty database with every row, whether taken
 * online by Tandem ({@link H2Backups}, nightly) or with the README's command (H2's {@code Script}
 * tool); restoring is the README's {@code RunScript} command.
 */
class BackupRestoreTest extends TandemSpringTest {

    @Autowired DataSource dataSource;
    @Autowired H2Backups backups;

    @TempDir Path dir;

    @Test
    void an_online_backup_restores_into_an_empty_database_with_every_row() throws Exception {
        Path backup = backups.backUpNow();
        assertThat(backup).exists();

        JdbcDataSource restored = restore(backup);
        assertSameRows(new JdbcTemplate(dataSource), new JdbcTemplate(restored));
    }

    @Test
    void the_readme_backup_command_restores_into_an_empty_database_with_every_row() throws Exception {
        String url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
        Path backup = dir.resolve("tandem.zip");
        // README: java -cp h2.jar org.h2.tools.Script -url <url> -user sa -script <file> -options compression zip
        new Script().runTool("-url", url, "-user", "sa", "-script", backup.toString(), "-options", "compression", "zip");

        JdbcDataSource restored = restore(backup);
        assertSameRows(new JdbcTemplate(dataSource), new JdbcTemplate(restored));
    }

    private static JdbcDataSource restore(Path backup) throws Exception {
        JdbcDataSource empty = new JdbcDataSource();
        String url = "jdbc:h2:mem:restored-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        empty.setURL(url);
        empty.setUser("sa");
        assertThat(tables(new JdbcTemplate(empty))).isEmpty();
        // README: java -cp h2.jar org.h2.tools.RunScript -url <url> -user sa -script <file> -options compression zip
        new RunScript().runTool("-url", url, "-user", "sa", "-script", backup.toString(), "-options", "compression", "zip");
        return empty;
    }

    /** Every table, every row, every value: the same in both. */
    private static void assertSameRows(JdbcTemplate original, JdbcTemplate restored) {
        List<String> tables = tables(original);
        assertThat(tables).contains("account", "action", "progress_update", "feedback_comment", "flyway_schema_history");
        assertThat(tables(restored)).containsExactlyInAnyOrderElementsOf(tables);
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        for (String table : tables) {
            String all = "select * from " + table;
            List<Map<String, Object>> before = original.queryForList(all);
            List<Map<String, Object>> after = restored.queryForList(all);
            assertThat(after).as("rows of " + table).hasSize(before.size());
            assertThat(printed(after)).as("values in " + table).isEqualTo(printed(before));
            rowCounts.put(table, before.size());
        }
        assertThat(rowCounts.get("action")).isPositive();
        assertThat(rowCounts.get("account")).isPositive();
    }

    private static List<String> printed(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.values().stream()
                .map(v -> v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(v))
                .toList().toString()).sorted().toList();
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name", String.class);
    }
}

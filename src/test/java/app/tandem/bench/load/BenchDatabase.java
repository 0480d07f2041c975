package app.tandem.bench.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 17 from zonky's embedded binaries, with {@code pg_stat_statements} loaded so the
 * benchmark can count every statement the server executes. The server connects as its own role
 * ({@code tandem}); the bench's own set-up and checks run as {@code postgres}, so counting by role
 * separates the two.
 */
public final class BenchDatabase implements AutoCloseable {

    public static final String APP_ROLE = "tandem";
    public static final String DATABASE = "tandem";

    private final EmbeddedPostgres postgres;

    private BenchDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static BenchDatabase start() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .setServerConfig("pg_stat_statements.max", "5000")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        BenchDatabase db = new BenchDatabase(postgres);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + APP_ROLE + " login superuser password '" + APP_ROLE + "'");
            s.execute("create database " + DATABASE + " owner " + APP_ROLE);
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
        return db;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** The URL the server uses (its own role, given separately as DB_USER). */
    public String appJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public Connection connection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public void resetStatementCounts() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /**
     * Statements the server's role executed since the last reset: {@code [queries and DML,
     * transaction control and other utility statements]}.
     */
    public long[] statementCounts() throws SQLException {
        String sql = """
                select coalesce(sum(calls) filter (where not %1$s), 0), coalesce(sum(calls) filter (where %1$s), 0)
                from pg_stat_statements s join pg_roles r on r.oid = s.userid
                where r.rolname = '%2$s'""".formatted(UTILITY, APP_ROLE);
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** The server role's most frequent statements since the last reset (for the report and for tuning). */
    public List<Map<String, Object>> topStatements(int limit) throws SQLException {
        String sql = """
                select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
                from pg_stat_statements s join pg_roles r on r.oid = s.userid
                where r.rolname = '%s' order by calls desc limit %d""".formatted(APP_ROLE, limit);
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("calls", r.getLong(1));
                row.put("ms", r.getBigDecimal(2));
                row.put("query", r.getString(3));
                out.add(row);
            }
        }
        return out;
    }

    /** Transaction control and other utility statements (counted apart from queries and DML). */
    private static final String UTILITY =
            "(upper(ltrim(query)) similar to '(BEGIN|COMMIT|ROLLBACK|SET|SHOW|SAVEPOINT|RELEASE|DISCARD|RESET)%')";

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

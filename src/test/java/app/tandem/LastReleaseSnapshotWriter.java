package app.tandem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes {@code src/test/resources/db/populated-last-release.sql}: the demo data as the previous
 * release leaves it, limited to the columns that exist at {@link PopulatedDatabase#LAST_RELEASE}, for
 * FI-4 to migrate over. Not a test: run it when a release is cut,
 * {@code ./mvnw test -Dtest=LastReleaseSnapshotWriter -Dtandem.writeSnapshot=true}.
 *
 * <p>Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both read: explicit ids, parents before
 * children, then each identity column restarted past the highest id; bytes as {@code BYTES'hex'},
 * which the loader turns into each database's own literal.
 */
@EnabledIfSystemProperty(named = "tandem.writeSnapshot", matches = "true")
class LastReleaseSnapshotWriter extends TandemSpringTest {

    @Autowired DataSource dataSource;

    @Test
    void write() throws Exception {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:mem:snapshot-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        old.setUser("sa");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target(PopulatedDatabase.LAST_RELEASE)
                .load().migrate();
        Map<String, List<String>> columnsAtRelease = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Connection c = old.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (!table.equals("flyway_schema_history")) {
                        columnsAtRelease.put(table, new ArrayList<>());
                        parents.put(table, new LinkedHashSet<>());
                    }
                }
            }
            for (String table : columnsAtRelease.keySet()) {
                try (ResultSet cols = meta.getColumns(null, "public", table, "%")) {
                    while (cols.next()) {
                        columnsAtRelease.get(table).add(cols.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet fks = meta.getImportedKeys(null, "public", table)) {
                    while (fks.next()) {
                        String parent = fks.getString("PKTABLE_NAME");
                        if (!parent.equals(table)) {
                            parents.get(table).add(parent);
                        }
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("shutdown");
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            for (var e : parents.entrySet()) {
                if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                    order.add(e.getKey());
                }
            }
        }
        StringBuilder sql = new StringBuilder("""
                -- The demo data of the previous release (schema V%s), written by LastReleaseSnapshotWriter
                -- on %s. Runs on H2 (PostgreSQL mode) and PostgreSQL through PopulatedDatabase.
                """.formatted(PopulatedDatabase.LAST_RELEASE, java.time.LocalDate.now()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : order) {
                List<String> cols = columnsAtRelease.get(table);
                String list = String.join(", ", cols);
                boolean hasId = cols.contains("id");
                long maxId = 0;
                try (ResultSet rows = s.executeQuery("select " + list + " from " + table + (hasId ? " order by id" : ""))) {
                    ResultSetMetaData md = rows.getMetaData();
                    while (rows.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= cols.size(); i++) {
                            values.add(md.getColumnTypeName(i).equalsIgnoreCase("uuid") && rows.getObject(i) != null
                                    ? "'" + rows.getObject(i, UUID.class) + "'"
                                    : literal(rows, i, md.getColumnType(i)));
                        }
                        sql.append("insert into ").append(table).append(" (").append(list).append(") values (")
                                .append(String.join(", ", values)).append(");\n");
                        if (hasId && md.getColumnType(cols.indexOf("id") + 1) == Types.BIGINT) {
                            maxId = Math.max(maxId, rows.getLong("id"));
                        }
                    }
                }
                if (hasId && maxId > 0) {
                    sql.append("alter table ").append(table).append(" alter column id restart with ").append(maxId + 1)
                            .append(";\n");
                }
            }
        }
        Path out = Path.of("src/test/resources/db/populated-last-release.sql");
        Files.writeString(out, sql, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath() + " (" + sql.length() + " characters)");
    }

    private static String literal(ResultSet rows, int i, int type) throws SQLException {
        Object value = rows.getObject(i);
        if (value == null) {
            return "null";
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.NUMERIC, Types.DECIMAL, Types.DOUBLE,
                    Types.REAL, Types.FLOAT -> value.toString();
            case Types.BOOLEAN, Types.BIT -> rows.getBoolean(i) ? "true" : "false";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    "BYTES'" + HexFormat.of().formatHex(rows.getBytes(i)) + "'";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp with time zone '"
                    + rows.getObject(i, OffsetDateTime.class).toString().replace('T', ' ') + "'";
            case Types.TIMESTAMP -> "timestamp '" + rows.getTimestamp(i).toLocalDateTime().toString().replace('T', ' ') + "'";
            case Types.DATE -> "date '" + rows.getDate(i).toLocalDate() + "'";
            default -> {
                if (value instanceof UUID uuid) {
                    yield "'" + uuid + "'";
                }
                yield "'" + value.toString().replace("'", "''") + "'";
            }
        };
    }
}

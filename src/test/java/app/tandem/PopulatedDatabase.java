package app.tandem;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database as an earlier release left it: the schema up to V2 and some rows in it
 * ({@code db/populated-v2.sql}), ready for today's migrations to run over it (FI-4).
 */
final class PopulatedDatabase {

    static final String LAST_VERSION_BEFORE = "2";

    /** The schema version of the previous release, whose demo data {@code db/populated-last-release.sql} holds. */
    static final String LAST_RELEASE = "65";

    private PopulatedDatabase() {}

    static MigrateResult migrateToV2AndFill(DataSource dataSource) {
        MigrateResult result = flyway(dataSource).target(LAST_VERSION_BEFORE).load().migrate();
        new ResourceDatabasePopulator(new ClassPathResource("db/populated-v2.sql")).execute(dataSource);
        return result;
    }

    /**
     * The previous release's database: its schema ({@link #LAST_RELEASE}) and its demo data, both
     * areas, as {@link LastReleaseSnapshotWriter} wrote them.
     */
    static MigrateResult migrateToLastReleaseAndFill(DataSource dataSource) {
        MigrateResult result = flyway(dataSource).target(LAST_RELEASE).load().migrate();
        String sql;
        boolean postgres;
        try (var in = new ClassPathResource("db/populated-last-release.sql").getInputStream();
                var connection = dataSource.getConnection()) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException("The last release's snapshot cannot be read", e);
        }
        // Bytes: H2 reads X'hex', PostgreSQL '\xhex'::bytea.
        sql = sql.replaceAll("BYTES'([0-9a-f]*)'", postgres ? "'\\\\x$1'::bytea" : "X'$1'");
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new org.springframework.core.io.ByteArrayResource(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        populator.execute(dataSource);
        return result;
    }

    static MigrateResult migrateToLatest(DataSource dataSource) {
        return flyway(dataSource).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}

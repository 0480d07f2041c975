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

    private PopulatedDatabase() {}

    static MigrateResult migrateToV2AndFill(DataSource dataSource) {
        MigrateResult result = flyway(dataSource).target(LAST_VERSION_BEFORE).load().migrate();
        new ResourceDatabasePopulator(new ClassPathResource("db/populated-v2.sql")).execute(dataSource);
        return result;
    }

    static MigrateResult migrateToLatest(DataSource dataSource) {
        return flyway(dataSource).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}

package app.tandem.operations;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once across all nodes: each {@code @Scheduled} method also carries
 * {@code @SchedulerLock(name = "<module>.<job>", lockAtMostFor = ...)}, and the node that takes
 * the named row in the {@code shedlock} table (migration V90) runs it; the others skip that turn.
 * The lock's time comes from the database, so nodes with skewed clocks still agree.
 * {@code ArchitectureTest} fails for a {@code @Scheduled} method without the lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}

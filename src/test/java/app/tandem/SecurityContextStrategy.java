package app.tandem;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} globally each time a Spring context
 * starts. Tests keep several contexts alive in one JVM (H2, PostgreSQL, browser), so a cached
 * context's method security would read a different strategy than the one a test writes to.
 * Each test first puts back the strategy of the context it runs in.
 */
public final class SecurityContextStrategy {

    private SecurityContextStrategy() {}

    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}

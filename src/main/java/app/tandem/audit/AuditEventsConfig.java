package app.tandem.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Spring Security announces refused requests and refused service calls only when an {@link
 * AuthorizationEventPublisher} exists (denials only, by default); {@link AuditListeners} records them.
 */
@Configuration
class AuditEventsConfig {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}

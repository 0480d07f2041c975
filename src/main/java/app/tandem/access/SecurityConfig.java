package app.tandem.access;

import app.tandem.access.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;

/**
 * Sign-in through Vaadin's security integration; every view needs an access annotation and every
 * public service method a {@code @PreAuthorize} (tests enforce both).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final RequestMatcher ONE_CLICK_UNSUBSCRIBE =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico")
                .permitAll()
                .requestMatchers(ONE_CLICK_UNSUBSCRIBE).permitAll());
        // A mail client's one-click unsubscribe (RFC 8058) has no session and no CSRF token; the
        // signed token in the link is its only credential.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                app.tandem.base.SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // PR-5 / clickjacking: never framed (old browsers ignore frame-ancestors), never sniffed.
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults()));
        // AC-8: a new session id at sign-in (fixation protection, Spring's default, stated here so it
        // cannot be switched off unnoticed); sign-out invalidates the session (Vaadin's logout).
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Vaadin denies every request that is not one of its own by default; plain endpoints (file
        // downloads) need a signed-in person and then check rights themselves, per request.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?signedout")
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

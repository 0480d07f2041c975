package app.tandem.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call the actuator endpoints under {@code /actuator}. The load balancer's two probes
 * ({@code health/liveness}, {@code health/readiness}) are open to anyone and say only UP or DOWN;
 * the Prometheus endpoint is for a signed-in admin (their normal session) or a scraper presenting
 * {@code Authorization: Bearer <tandem.metrics.scrape-token>}; every other actuator path is
 * refused. Without a configured token no scraper gets in. This chain runs before the app's own
 * (Vaadin) chain and only for {@code /actuator/**}.
 */
@Configuration(proxyBeanMethods = false)
class OperationsEndpoints {

    /** Anonymous, for the balancer: the only anonymous actuator paths (reviewed in the route access test). */
    static final List<String> PROBES = List.of("/actuator/health/liveness", "/actuator/health/readiness");

    static final String SCRAPER_ROLE = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http,
            @Value("${tandem.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PROBES.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole("ADMIN", SCRAPER_ROLE)
                        .anyRequest().denyAll())
                // Read an admin's existing session, never start one for a probe or a scraper.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ScrapeTokenFilter(scrapeToken), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Signs the scraper in for this one request when it presents the configured token (compared in
     * constant time); the sign-in is never kept in a session.
     */
    static final class ScrapeTokenFilter extends OncePerRequestFilter {

        private final byte[] token;

        ScrapeTokenFilter(String token) {
            this.token = token.strip().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (token.length > 0 && header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER_ROLE))));
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}

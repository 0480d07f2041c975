package app.tandem.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, written before anything else runs (PR-5): a
 * Content-Security-Policy Vaadin works under, never framed, never sniffed, no referrer to other
 * sites. Spring Security's own header writer did not reach Vaadin's page responses (its lazy
 * writing lost to Vaadin's response handling, which also sets X-Frame-Options SAMEORIGIN), so
 * they are set here, eagerly, and later attempts to weaken them are ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Vaadin's client needs inline styles, and 'unsafe-eval' for the JavaScript a server-side view
     * runs ({@code executeJs}); everything else is this site only. No other origin is ever allowed.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private static final Set<String> FIXED = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

package app.tandem.notification;

import app.tandem.notification.NotificationViews.Unsubscribed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * RFC 8058 one-click unsubscribe: a mail client that honours {@code List-Unsubscribe-Post} POSTs
 * to the link in {@code List-Unsubscribe} without anyone signed in. The signed token is the only
 * check, exactly as when a person follows the link (GET, the {@code UnsubscribeView} page).
 *
 * <p>A servlet filter, not a Spring MVC {@code @PostMapping}: a controller mapped to {@code
 * /unsubscribe} makes Spring MVC answer every GET of that path with 405 (and then the sign-in
 * page) before Vaadin's route sees it, so the link in every mail stopped working. The filter runs
 * after Spring Security (which lets this POST through without CSRF) and lets everything else by.
 */
@Component
class OneClickUnsubscribe extends OncePerRequestFilter {

    private final NotificationService notifications;

    OneClickUnsubscribe(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/unsubscribe").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getParameter("t");
        Unsubscribed result = token == null ? null : notifications.unsubscribe(token);
        boolean done = result != null && result.outcome() != NotificationViews.UnsubscribeOutcome.INVALID;
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((done ? "Done." : "This link does not work.").getBytes(StandardCharsets.UTF_8));
    }
}

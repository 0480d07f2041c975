package app.tandem.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every open HTTP session, so that taking someone's access away (disabling the account, changing
 * its role) ends their sessions at once rather than when they next sign in (quality bar AC-8):
 * the next request from any of their tabs finds no session and goes to the sign-in page.
 *
 * <p>Also sets the idle timeout by who is using the session: a session starts anonymous (a survey
 * taker, someone on a public page) with {@code tandem.session.anonymous-timeout} (15 minutes by
 * default) and gets {@code server.servlet.session.timeout} (30 minutes) when someone signs in.
 * Pages need not know: it is decided here, by authentication.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();
    private final int anonymousSeconds;
    private final int staffSeconds;

    SignedInSessions(@Value("${tandem.session.anonymous-timeout:15m}") Duration anonymousTimeout,
            @Value("${server.servlet.session.timeout:30m}") Duration staffTimeout) {
        this.anonymousSeconds = (int) anonymousTimeout.toSeconds();
        this.staffSeconds = (int) staffTimeout.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(anonymousSeconds);
        open.put(session.getId(), session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.values().remove(event.getSession());
    }

    /** Sign-in changed the session id (fixation protection) and gives the session the staff timeout. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(staffSeconds);
                open.values().remove(session);
                open.put(session.getId(), session);
            }
        }
    }

    /** Ends every open session of this account; when called in a transaction, once it has committed. */
    void endSessionsOf(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(accountId);
                }
            });
        } else {
            endNow(accountId);
        }
    }

    private void endNow(long accountId) {
        int ended = 0;
        for (HttpSession session : List.copyOf(open.values())) {
            Long owner = accountOf(session);
            if (owner != null && owner == accountId) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyGone) {
                    // Expired or signed out meanwhile: nothing left to end.
                }
                open.values().remove(session);
            }
        }
        log.info("Ended {} open session(s) of account {}", ended, accountId);
    }

    /** How many open sessions belong to this account (for tests and the admin's confirmation). */
    int openSessionsOf(long accountId) {
        return (int) open.values().stream().filter(s -> {
            Long owner = accountOf(s);
            return owner != null && owner == accountId;
        }).count();
    }

    private static @Nullable Long accountOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                    && sc.getAuthentication().getPrincipal() instanceof TandemUser user) {
                return user.accountId();
            }
        } catch (IllegalStateException invalidated) {
            // An invalidated session that has not been removed yet.
        }
        return null;
    }
}

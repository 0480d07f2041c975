package app.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * AC-8 idle timeouts and ending sessions, without a server: an anonymous session (a survey taker)
 * gets the short timeout, signing in gives the staff one, and ending an account's sessions ends
 * every one of them (a second browser too) and nobody else's.
 */
class SignedInSessionsTest {

    private final SignedInSessions sessions = new SignedInSessions(Duration.ofMinutes(15), Duration.ofMinutes(30));

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_anonymous_session_idles_out_after_15_minutes_and_a_signed_in_one_after_30() {
        MockHttpSession session = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);

        signIn(session, user(7));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void ending_an_accounts_sessions_ends_all_of_them_and_no_one_elses() {
        MockHttpSession firstBrowser = open(user(7));
        MockHttpSession secondBrowser = open(user(7));
        MockHttpSession someoneElse = open(user(8));
        MockHttpSession anonymous = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(anonymous));
        assertThat(sessions.openSessionsOf(7)).isEqualTo(2);

        sessions.endSessionsOf(7);

        assertThat(List.of(firstBrowser, secondBrowser)).allSatisfy(s -> assertThat(s.isInvalid()).isTrue());
        assertThat(List.of(someoneElse, anonymous)).allSatisfy(s -> assertThat(s.isInvalid()).isFalse());
        assertThat(sessions.openSessionsOf(7)).isZero();
        assertThat(sessions.openSessionsOf(8)).isOne();
    }

    private MockHttpSession open(TandemUser user) {
        MockHttpSession session = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(session));
        signIn(session, user);
        return session;
    }

    private void signIn(MockHttpSession session, TandemUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        sessions.signedIn(new InteractiveAuthenticationSuccessEvent(authentication, SignedInSessionsTest.class));
    }

    private static TandemUser user(long accountId) {
        return new TandemUser(accountId, 1, "person" + accountId + "@northmere.test", "Person " + accountId, Role.OFFICER,
                null, true, null);
    }
}

package app.tandem;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The one Spring test configuration every service and view test shares. Keep it free of
 * {@code @MockitoBean}, extra properties or profiles: any difference starts a second application
 * context (and a second demo database), which doubles the suite's start-up time.
 *
 * <p>Tests run on the demo data (both areas), loaded once per context. Tests that change data
 * must leave it as they found it or change only what no other test reads.
 */
@SpringBootTest
public abstract class TandemSpringTest {

    public static final String NORTHMERE_ADMIN = "admin@northmere.test";
    public static final String NORTHMERE_OFFICER = "officer@northmere.test";
    public static final String NORTHMERE_FORUM_MEMBER = "parent@northmere.test";
    public static final String NORTHMERE_YOUNG_PERSON = "young@northmere.test";
    public static final String NORTHMERE_VIEWER = "viewer@northmere.test";
    public static final String EASTBROOK_ADMIN = "admin@eastbrook.test";
    public static final String EASTBROOK_OFFICER = "officer@eastbrook.test";

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    private org.springframework.context.ApplicationContext springContext;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextStrategy.useStrategyOf(springContext);
    }

    /**
     * Accounts loaded in this test: the sign-in look-up refuses to run inside a transaction
     * (propagation NEVER), so a test switching user inside one reuses what it loaded before.
     */
    private final Map<String, UserDetails> signedInUsers = new HashMap<>();

    /**
     * Signs in as a real demo account: the principal is what the app's own sign-in would put in the
     * session (a {@code TandemUser} loaded through the app's {@link UserDetailsService}), so roles,
     * organisation and area come from the database, not from the test.
     */
    protected UserDetails login(String email) {
        UserDetails user = signedInUsers.computeIfAbsent(email, userDetailsService::loadUserByUsername);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Does some work as another account, then restores whoever was signed in before. */
    protected <T> T as(String email, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            login(email);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    protected void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }
}

package app.tandem;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Server-side view tests with Karibu-Testing: a mocked Vaadin UI inside the shared Spring context,
 * with Spring Security bridged in by hand (MockSpringSecurity is not available for 2.7.0). Sign in
 * with {@link #login(String)}, then {@code UI.getCurrent().navigate(...)} and look the page up by
 * label or text, as a user would.
 */
public abstract class KaribuTest extends TandemSpringTest {

    private static @Nullable Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutesOnce() {
        // Navigation only where a test asks for it, so a denied or missing page can be asserted.
        KaribuConfig.setInitDefaultRoute(false);
        if (routes == null) {
            // autoDiscoverViews brings Karibu's own error views; our package-private views are added by hand.
            Routes discovered = new Routes().autoDiscoverViews(AppRoutes.ROOT_PACKAGE);
            Set<Class<? extends Component>> views = new LinkedHashSet<>(discovered.getRoutes());
            views.addAll(AppRoutes.routes());
            views.addAll(AppRoutes.layouts());
            Set<Class<? extends HasErrorParameter<?>>> errorViews = new LinkedHashSet<>(discovered.getErrorRoutes());
            errorViews.addAll(AppRoutes.errorViews());
            routes = new Routes(views, errorViews, true);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(SpringSecurityRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * The class of the view now shown, even if something (such as JSR-250 method security, which
     * Tandem leaves off for this reason) ever wraps views in Spring CGLIB proxies.
     */
    protected static Class<?> currentView() {
        return ClassUtils.getUserClass(NavigatorKt.getCurrentView());
    }

    /**
     * A fake request that answers the servlet security questions from Spring's SecurityContext at
     * the moment they are asked, so signing in or out during a test takes effect on the next
     * navigation, just as it would after the real sign-in form.
     */
    static final class SpringSecurityRequest extends FakeRequest {

        SpringSecurityRequest(HttpSession session) {
            super(session);
        }

        @Override
        public @Nullable Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.isAuthenticated() ? auth : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                return false;
            }
            String wanted = role.startsWith("ROLE_") ? role : "ROLE_" + role;
            for (GrantedAuthority authority : auth.getAuthorities()) {
                if (wanted.equals(authority.getAuthority())) {
                    return true;
                }
            }
            return false;
        }
    }
}

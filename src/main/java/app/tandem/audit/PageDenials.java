package app.tandem.audit;

import app.tandem.access.TandemUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * AU-1 for pages: a signed-in person opening a page their role may not see is refused by Vaadin's
 * navigation access control, which tells nobody. This listener asks the same question of the same
 * access annotations just before, and records the refusal (the page's path, never its query
 * string, which may hold a token). Anonymous visitors are sent to the sign-in page and have no
 * area to record them in.
 */
@Component
class PageDenials implements VaadinServiceInitListener {

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();
    private final AuditLog audit;

    PageDenials(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof TandemUser user)) {
            return;
        }
        if (!checker.hasAccess(event.getNavigationTarget(), auth, role -> hasRole(auth, role))) {
            audit.recordAlone(user.areaId(), AuditKind.ACCESS_DENIED, user.isSystem() ? null : user.accountId(), "PAGE",
                    null, "/" + event.getLocation().getPath());
        }
    }

    private static boolean hasRole(Authentication auth, String role) {
        String wanted = role.startsWith("ROLE_") ? role : "ROLE_" + role;
        for (GrantedAuthority a : auth.getAuthorities()) {
            if (wanted.equals(a.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}

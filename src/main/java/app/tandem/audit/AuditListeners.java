package app.tandem.audit;

import app.tandem.access.AccessService;
import app.tandem.access.PersonChanged;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.feedback.CommentModerated;
import app.tandem.importer.PlanFileMoved;
import app.tandem.report.ReportExported;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules and Spring Security announce into audit records (AU-1). Synchronous
 * listeners: a record joins the transaction of the change it describes.
 *
 * <p>What is never written, here or in the log (AU-2): a password (a failed sign-in records only
 * which account was named and why it failed), the name typed for an unknown account (people type
 * passwords into the wrong box), a token, a comment's or an answer's words.
 */
@Component
class AuditListeners {

    private static final Logger log = LoggerFactory.getLogger(AuditListeners.class);

    private final AuditLog audit;
    private final AccessService access;

    AuditListeners(AuditLog audit, AccessService access) {
        this.audit = audit;
        this.access = access;
    }

    @EventListener
    void on(PersonChanged e) {
        AuditKind kind = switch (e.change()) {
            case ADDED -> AuditKind.PERSON_ADDED;
            case ENABLED -> AuditKind.PERSON_ENABLED;
            case DISABLED -> AuditKind.PERSON_DISABLED;
            case ROLE_CHANGED -> AuditKind.ROLE_CHANGED;
            case DATA_EXPORTED -> AuditKind.PERSONAL_DATA_EXPORT;
            case ERASED -> AuditKind.ERASURE;
        };
        audit.record(e.areaId(), kind, AuditService.PERSON, e.accountId(), e.detail());
    }

    @EventListener
    void on(CommentModerated e) {
        audit.record(e.areaId(), AuditKind.MODERATION, "COMMENT", e.commentId(), e.decision().name());
    }

    @EventListener
    void on(ReportExported e) {
        audit.record(e.areaId(), AuditKind.EXPORT, "PLAN", e.planId(), e.fileName());
    }

    @EventListener
    void on(PlanFileMoved e) {
        String label = e.what() + (e.fileName() == null ? "" : ": " + e.fileName())
                + (e.planTitle() == null ? "" : " (" + e.planTitle() + ")");
        audit.record(e.areaId(), e.isImport() ? AuditKind.IMPORT : AuditKind.EXPORT, "PLAN", e.planId(), label);
    }

    @EventListener
    void on(app.tandem.base.Deleted e) {
        audit.record(e.areaId(), AuditKind.DELETION, e.objectType(), e.objectId(), e.label());
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof TandemUser user && !user.isSystem()) {
            audit.recordAlone(user.areaId(), AuditKind.SIGN_IN, user.accountId(), AuditService.PERSON,
                    user.accountId(), null);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        String reason = e.getException().getClass().getSimpleName();
        Object principal = e.getAuthentication().getPrincipal();
        String named = principal instanceof String s ? s : e.getAuthentication().getName();
        Optional<AccessService.SignInName> account = named == null || named.isBlank() ? Optional.empty()
                : asSystem(() -> access.findSignInName(named));
        if (account.isPresent()) {
            AccessService.SignInName a = account.get();
            audit.recordAlone(a.areaId(), AuditKind.SIGN_IN_FAILED, a.accountId(), AuditService.PERSON, a.accountId(),
                    reason);
        } else {
            // No area to file it in: the count shows in the log, the name typed never does.
            log.info("Sign-in failed for an account name that does not exist ({})", reason);
        }
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> e) {
        Authentication authentication = e.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof TandemUser user)) {
            return; // Nobody signed in: there is no area, and Tandem sends them to the sign-in page.
        }
        audit.recordAlone(user.areaId(), AuditKind.ACCESS_DENIED, user.isSystem() ? null : user.accountId(),
                "ACCESS", null, what(e.getObject()));
    }

    /** A method's or a page's name, never its arguments or a query string (they may hold tokens). */
    static String what(Object secured) {
        if (secured instanceof MethodInvocation mi) {
            return mi.getMethod().getDeclaringClass().getSimpleName() + "." + mi.getMethod().getName();
        }
        HttpServletRequest request = secured instanceof RequestAuthorizationContext c ? c.getRequest()
                : secured instanceof HttpServletRequest r ? r : null;
        if (request != null) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return secured.getClass().getSimpleName();
    }

    private static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(Tenancy.NO_AREA);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAsSystem(work);
        } finally {
            SecurityContextHolder.setContext(Objects.requireNonNull(previous));
        }
    }
}

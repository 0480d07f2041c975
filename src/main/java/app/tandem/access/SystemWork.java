package app.tandem.access;

import app.tandem.base.Tenancy;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Listeners, jobs and anonymous pages run with nobody signed in: they act as the area's system user (which the
 * services know as SYSTEM plus ADMIN) with the area's tenancy, and so see that area and no other.
 */
public final class SystemWork {

    private SystemWork() {}

    public static <T> T inArea(long areaId, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(areaId, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void inArea(long areaId, Runnable work) {
        inArea(areaId, () -> {
            work.run();
            return null;
        });
    }
}

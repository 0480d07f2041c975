package app.tandem.base;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The local area a unit of work runs in. Normally it comes from the signed-in account; start-up
 * jobs and sign-in itself (which must find an account before anyone is signed in) set it here
 * explicitly. With nothing set, the session is bound to {@link #NO_AREA}, which matches no row and
 * cannot be written: tenancy fails closed.
 */
public final class Tenancy {

    /** Matches no area: reads return nothing, writes violate the area foreign key. */
    public static final long NO_AREA = 0L;

    /** Every area at once. Only for system work that is not on behalf of a user (sign-in look-up, start-up). */
    public static final long ALL_AREAS = -1L;

    private static final ThreadLocal<@Nullable Long> OVERRIDE = new ThreadLocal<>();

    private Tenancy() {}

    public static <T> T callAs(long areaId, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(areaId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(ALL_AREAS, work);
    }

    static @Nullable Long override() {
        return OVERRIDE.get();
    }
}

package app.tandem.base;

import java.time.Instant;

/**
 * How one kind of kept data is trimmed once an area's retention period for it has passed (quality
 * bar PR-3). The audit module's retention job calls every rule once per area, signed in as that
 * area's system user, with the cut-off worked out from the area's settings.
 */
public interface RetentionRule {

    /** Which of the area's retention periods applies. */
    RetentionKind kind();

    /**
     * Removes or anonymises the area's rows older than {@code cutoff}; returns how many rows it
     * changed. Runs in the job's transaction with the area's tenancy; name the area in bulk queries too.
     */
    int applyBefore(long areaId, Instant cutoff);

    /** The periods an area sets. A survey module plugs its free-text answers in as {@link #FREE_TEXT_ANSWERS}. */
    enum RetentionKind { COMMENTS, FREE_TEXT_ANSWERS, AUDIT_ENTRIES }
}

package app.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated change of an action's status, newest first in {@link PlanService#statusHistory(long)}.
 * A null label means "not yet rated".
 *
 * @param progressUpdateId the progress update the change came with, if any
 */
public record StatusChangeView(long id, long actionId, long changedById, String changedByName, Instant changedAt,
        LocalDate statusDate, @Nullable String fromLabel, @Nullable String toLabel, @Nullable Long progressUpdateId) {}

package app.tandem.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action's status changed (from its edit form or with a progress update). For notifications.
 * A null label means "not yet rated".
 */
public record ActionStatusChanged(long areaId, long planId, long actionId, @Nullable String fromLabel,
        @Nullable String toLabel, long changedBy, LocalDate date) {}

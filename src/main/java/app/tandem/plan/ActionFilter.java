package app.tandem.plan;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the plan page filters by. Empty fields do not filter.
 *
 * @param statusIds statuses to show; empty shows all
 * @param includeNotRated with statusIds set, also show actions without a status
 * @param needsAttention only actions with overdue milestones or past their end date and not complete
 */
public record ActionFilter(
        Set<Long> statusIds,
        boolean includeNotRated,
        @Nullable Long leadOrganisationId,
        @Nullable Long leadOfficerId,
        @Nullable Long priorityId,
        boolean needsAttention,
        @Nullable String text) {

    public static ActionFilter none() {
        return new ActionFilter(Set.of(), false, null, null, null, false, null);
    }
}

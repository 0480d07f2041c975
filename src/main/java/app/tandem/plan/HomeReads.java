package app.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Bounded plan-wide reads for the home page (issue 11). Records, never entities. */
public final class HomeReads {

    private HomeReads() {}

    /** One status change of an action, with the action's ref and title for a sentence. */
    public record RecentStatusChange(long actionId, @Nullable String actionRef, String actionTitle,
            @Nullable String fromLabel, @Nullable String toLabel, LocalDate statusDate, Instant changedAt) {}

    /** An open milestone on an action the signed-in officer leads, with its deadline. */
    public record DueMilestone(long milestoneId, long actionId, @Nullable String actionRef, String actionTitle,
            String description, LocalDate deadline) {}

    /** A risk the signed-in officer owns, scored (before mitigation) at or above the asked score. */
    public record OwnedRisk(long riskId, long actionId, @Nullable String actionRef, String actionTitle,
            String description, int score) {}
}

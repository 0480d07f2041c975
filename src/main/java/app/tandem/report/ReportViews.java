package app.tandem.report;

import app.tandem.plan.PlanViews.PrioritySnapshot;
import app.tandem.plan.PlanViews.StatusView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the report module hands to views and other modules: records, never entities. */
public final class ReportViews {

    private ReportViews() {}

    /** A status as frozen in a snapshot: words and colour copied, so later renames change nothing. */
    public record FrozenStatus(String label, String colour, boolean complete) {

        public static @Nullable FrozenStatus of(@Nullable StatusView s) {
            return s == null ? null : new FrozenStatus(s.label(), s.colour(), s.complete());
        }
    }

    /** One action's state: live (an open period) or frozen (a closed one). */
    public record ActionState(long actionId, @Nullable String ref, String title, String priorityNumber,
            String priorityTitle, @Nullable FrozenStatus status, @Nullable String leadOrganisation) {}

    public record MilestoneState(long actionId, long milestoneId, String description, @Nullable String deadlineWords,
            @Nullable LocalDate deadlineDate, @Nullable LocalDate doneDate, boolean overdue) {}

    public record PeriodView(long id, long version, long planId, String name, LocalDate startDate, LocalDate endDate,
            @Nullable LocalDate boardDate, @Nullable Instant closedAt, @Nullable String closedBy) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    /** Adding (version ignored) or changing a period. */
    public record PeriodEdit(
            long version,
            @NotBlank(message = "{report.period.name.required}") @Size(max = 100, message = "{report.period.name.tooLong}") String name,
            @NotNull(message = "{report.period.start.required}") LocalDate startDate,
            @NotNull(message = "{report.period.end.required}") LocalDate endDate,
            @Nullable LocalDate boardDate) {}

    /** The narrative sections of a highlight report, saved per period. */
    public record Narrative(
            long version,
            @Size(max = 8000, message = "{report.narrative.tooLong}") @Nullable String feedback,
            @Size(max = 8000, message = "{report.narrative.tooLong}") @Nullable String workingWell,
            @Size(max = 8000, message = "{report.narrative.tooLong}") @Nullable String challenges,
            @Size(max = 8000, message = "{report.narrative.tooLong}") @Nullable String nextSteps) {}

    /** Closing a period: the period afterwards, and whether it had been closed already. */
    public record CloseResult(PeriodView period, boolean alreadyClosed, long actionsFrozen) {}

    /** "16 Completed (Feb 2023 update 14)": a status with its count now and at the previous period. */
    public record StatusTally(@Nullable FrozenStatus status, long now, @Nullable Long previous) {}

    /** An action in the report: its status now, before, and whether it moved. */
    public record ActionChange(ActionState now, @Nullable FrozenStatus before, boolean newSinceLastPeriod) {

        public boolean changed() {
            if (newSinceLastPeriod) {
                return false;
            }
            String a = now.status() == null ? null : now.status().label();
            String b = before == null ? null : before.label();
            return a == null ? b != null : !a.equals(b);
        }
    }

    public record PriorityBlock(String number, String title, List<ActionChange> actions, List<StatusTally> tallies) {}

    public record OverdueMilestone(@Nullable String actionRef, String actionTitle, String description,
            @Nullable String deadlineWords, @Nullable LocalDate deadlineDate) {}

    /**
     * @param latestUpdates each action's latest progress update up to the day the period closed (any
     *     date while it is open), by action id; actions with none are absent
     */
    public record HighlightReport(long planId, String planTitle, PeriodView period, @Nullable PeriodView previous,
            List<StatusTally> tallies, long total, List<PriorityBlock> priorities, List<OverdueMilestone> overdue,
            Narrative narrative, boolean frozen, Map<Long, LatestUpdate> latestUpdates) {}

    /** How many actions are complete (in any status that counts as complete), now and at the previous period. */
    public static long completeNow(HighlightReport r) {
        return r.tallies().stream().filter(t -> t.status() != null && t.status().complete()).mapToLong(StatusTally::now).sum();
    }

    /** The same at the previous closed period, or null when there is none. */
    public static @Nullable Long completeBefore(HighlightReport r) {
        if (r.previous() == null) {
            return null;
        }
        return r.tallies().stream().filter(t -> t.status() != null && t.status().complete())
                .mapToLong(t -> t.previous() == null ? 0 : t.previous()).sum();
    }

    /** The latest thing an officer wrote about an action, for one line of the report. */
    public record LatestUpdate(LocalDate date, String text) {}

    public record PublicationView(long planId, boolean published, @Nullable Instant publishedAt) {}

    /**
     * A progress update on the public page: every update not marked "internal only". The status
     * words are null when the update did not change the status.
     */
    public record PublishedUpdate(long actionId, LocalDate date, String text, boolean statusChanged,
            @Nullable String fromLabel, @Nullable String toLabel) {}

    /** The public plan page: priorities, outcomes, actions, statuses, milestones; nothing internal. */
    public record PublicPlan(String areaName, long planId, String title, @Nullable String periodText,
            List<StatusView> scheme, List<PrioritySnapshot> priorities, @Nullable Instant publishedAt,
            List<PublishedUpdate> updates) {}

    public enum ExportFormat {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        public final String extension;

        ExportFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    public record Export(String fileName, String contentType, byte[] bytes) {}
}

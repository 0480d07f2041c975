package app.tandem.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attention rules, as plain domain logic with an injected clock. An action that is not complete
 * <em>needs attention</em> when its end date has passed or a milestone is overdue (the officer's
 * status is never changed for them: we only say so, with the reasons). An action that is not
 * complete is <em>update due</em> when nobody has posted an update within the plan's monitoring
 * interval (30 days unless the plan says otherwise) since the later of its last update and the
 * date the plan started.
 */
public final class Attention {

    public static final int DEFAULT_INTERVAL_DAYS = 30;

    private final Clock clock;

    public Attention(Clock clock) {
        this.clock = clock;
    }

    /** What the rules need to know about one action. */
    public record Facts(boolean complete, @Nullable LocalDate endDate, long overdueMilestones,
            @Nullable LocalDate lastUpdate, @Nullable LocalDate planStart, @Nullable Integer intervalDays) {}

    public enum ReasonKind { END_DATE_PASSED, MILESTONES_OVERDUE, UPDATE_DUE }

    /** One reason in words the UI can build: the end date passed, how many milestones, since when. */
    public record Reason(ReasonKind kind, @Nullable LocalDate date, long count) {}

    /**
     * @param needsAttention past its end date or with overdue milestones, and not complete
     * @param updateDue no update within the monitoring interval
     * @param dueSince the date the next update was due, when it is due
     */
    public record Verdict(boolean needsAttention, boolean updateDue, @Nullable LocalDate dueSince, List<Reason> reasons) {

        /** 0 needs attention, 1 update due, 2 the rest: the order an officer's list is sorted in. */
        public int urgency() {
            return needsAttention ? 0 : updateDue ? 1 : 2;
        }
    }

    public Verdict judge(Facts f) {
        LocalDate today = LocalDate.now(clock);
        List<Reason> reasons = new ArrayList<>();
        if (f.complete()) {
            return new Verdict(false, false, null, List.of());
        }
        if (f.endDate() != null && f.endDate().isBefore(today)) {
            reasons.add(new Reason(ReasonKind.END_DATE_PASSED, f.endDate(), 0));
        }
        if (f.overdueMilestones() > 0) {
            reasons.add(new Reason(ReasonKind.MILESTONES_OVERDUE, null, f.overdueMilestones()));
        }
        boolean needsAttention = !reasons.isEmpty();
        LocalDate dueSince = nextUpdateDue(f);
        boolean updateDue = dueSince == null || dueSince.isBefore(today);
        if (updateDue) {
            reasons.add(new Reason(ReasonKind.UPDATE_DUE, dueSince, 0));
        }
        return new Verdict(needsAttention, updateDue, dueSince, List.copyOf(reasons));
    }

    /** When the next update is due; null when there was never an update and the plan has no start. */
    static @Nullable LocalDate nextUpdateDue(Facts f) {
        LocalDate from = later(f.lastUpdate(), f.planStart());
        int interval = f.intervalDays() == null || f.intervalDays() <= 0 ? DEFAULT_INTERVAL_DAYS : f.intervalDays();
        return from == null ? null : from.plusDays(interval);
    }

    private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

package app.tandem.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the home page shows, per role. Records only; the view turns them into sentences. */
public final class HomeViews {

    private HomeViews() {}

    /** Lists on the home page show at most this many items, with a "see all" link. */
    public static final int LIMIT = 20;

    public enum NewsKind { ANSWER_TO_ME, STATUS_CHANGE, UPDATE, YOU_SAID_WE_DID }

    /**
     * One thing that happened. {@code from}/{@code to} are status words for a status change;
     * {@code text} is the update's words or the official answer; {@code said} what the person said.
     */
    public record NewsItem(NewsKind kind, @Nullable Long actionId, @Nullable String actionRef,
            @Nullable String actionTitle, LocalDate date, @Nullable String from, @Nullable String to,
            @Nullable String said, @Nullable String text, @Nullable String outcome) {}

    /** A parent's or forum member's "what's new": answers to them first, then the rest of each kind. */
    public record WhatsNew(@Nullable Long planId, Instant since, boolean firstVisit, List<NewsItem> answersToMe,
            List<NewsItem> statusChanges, List<NewsItem> updates, List<NewsItem> youSaidWeDid,
            List<OpenSurvey> openSurveys) {

        /** Nothing happened since the last visit (open surveys are not news: they show until answered). */
        public boolean isEmpty() {
            return answersToMe.isEmpty() && statusChanges.isEmpty() && updates.isEmpty() && youSaidWeDid.isEmpty();
        }
    }

    /**
     * A survey open now for this person's audience that they have not yet sent: {@code draftSaved}
     * when they started it and can carry on. {@code link} is where to take it.
     */
    public record OpenSurvey(long waveId, String title, int minutes, LocalDate closes, boolean easyRead,
            boolean draftSaved, String link) {}

    /** A young person's page: surveys come with issue 5; what changed because young people spoke. */
    public record ForYou(@Nullable Long planId, List<NewsItem> changedBecauseYoungPeopleSaid, List<OpenSurvey> openSurveys) {}

    public enum WorkKind { ANSWER_DUE, UPDATE_DUE, MILESTONE_DUE, HIGH_RISK }

    /**
     * One thing an officer owes. {@code due} is when (null for a risk or an update never given);
     * {@code link} is the page where to act.
     */
    public record WorkItem(WorkKind kind, long actionId, @Nullable String actionRef, String actionTitle,
            @Nullable String detail, @Nullable LocalDate due, @Nullable Integer score, String link) {}

    /** An officer's work, most urgent first, at most {@link #LIMIT}; {@code total} counts all of it. */
    public record MyWork(List<WorkItem> items, int total, long overdue) {}

    /** How many actions had one status now and at the last closed period. */
    public record Tally(@Nullable String status, boolean complete, long now, @Nullable Long previous) {}

    public record ActionLine(long actionId, @Nullable String ref, String title, @Nullable LocalDate lastUpdate) {}

    /**
     * Whether the plan lead is ready for the board. Period fields are null when the plan has no
     * reporting period yet.
     */
    public record BoardReadiness(long planId, String planTitle, @Nullable Long periodId, @Nullable String periodName,
            @Nullable LocalDate periodStart, @Nullable String previousName, List<Tally> tallies, long total,
            long complete, @Nullable Long completeBefore, List<ActionLine> noUpdateThisPeriod, long noUpdateCount,
            long awaitingAnswers, long overdueAnswers, @Nullable Double medianDaysToAnswer, int measureCount,
            List<String> measuresMissing) {}

    /** The plan at a glance for a viewer or board member, with the last closed report. */
    public record AtAGlance(long planId, String planTitle, long total, long complete, List<Tally> tallies,
            @Nullable Long lastReportId, @Nullable String lastReportName) {}
}

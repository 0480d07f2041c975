package app.tandem.feedback;

import app.tandem.access.Role;
import app.tandem.plan.PlanViews.StatusView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the feedback module takes in and hands out. Never entities. */
public final class FeedbackViews {

    private FeedbackViews() {}

    /**
     * A new comment. {@code idempotencyKey} is made once per form: a double click or a retry with the
     * same key returns the comment already posted (quality bar FI-3).
     */
    public record NewComment(
            @NotNull TargetKind targetKind,
            long targetId,
            @Nullable Long parentId,
            @NotBlank(message = "{comment.body.required}") @Size(max = 2000, message = "{comment.body.tooLong}") String body,
            boolean onBehalfOfForum,
            boolean showName,
            @NotBlank @Size(max = 64) String idempotencyKey) {}

    public record OfficialResponse(
            @NotNull(message = "{response.outcome.required}") ResponseOutcome outcome,
            @NotBlank(message = "{response.body.required}") @Size(max = 2000, message = "{comment.body.tooLong}") String body,
            @Nullable LocalDate willDoBy) {}

    public record ResponseView(ResponseOutcome outcome, String body, @Nullable LocalDate willDoBy, String responderName,
            LocalDate respondedOn, boolean late) {}

    /** A comment as the viewer may see it; {@code body} is empty when deleted. */
    public record CommentView(
            long id,
            @Nullable Long parentId,
            String authorLabel,
            boolean byForum,
            boolean mine,
            String body,
            boolean deleted,
            boolean redacted,
            CommentState state,
            @Nullable String moderationReason,
            Instant postedAt,
            boolean edited,
            boolean canEdit,
            long supportCount,
            boolean supportedByMe,
            @Nullable LocalDate dueDate,
            @Nullable ResponseView response,
            boolean canRespond,
            List<CommentView> replies) {}

    public record CommentThread(List<CommentView> comments, long visibleCount, boolean canComment,
            boolean canPostForForum, boolean canRespond) {}

    /** What posting did: published (with the answer due date) or held for a moderator. */
    public record Posted(long commentId, CommentState state, @Nullable LocalDate dueDate) {}

    public record AwaitingResponse(long commentId, long actionId, @Nullable String actionRef, String actionTitle,
            String excerpt, String authorLabel, LocalDate dueDate, long daysLeft) {}

    /** Response times for one organisation (or all: organisation "All organisations"). */
    public record ResponseTimes(String organisation, long answered, @Nullable Double medianDays, @Nullable Integer percentOnTime,
            long awaiting, long overdue) {}

    public record YouSaidWeDid(long planId, String planTitle, List<PriorityAnswers> priorities) {}

    public record PriorityAnswers(String number, String title, List<Answered> answers) {}

    public record Answered(long commentId, @Nullable String actionRef, @Nullable String actionTitle, String authorLabel,
            String youSaid, ResponseOutcome outcome, String weDid, @Nullable LocalDate willDoBy, LocalDate answeredOn) {}

    public record ModerationItem(long commentId, CommentState state, String authorName, String authorRole, String body,
            List<String> flags, int reports, Instant postedAt, boolean mine, @Nullable Long actionId) {}

    public record AlertView(long id, long commentId, String matched, String excerpt, String authorName, Instant raisedAt,
            boolean closed, @Nullable String closingNote) {}

    public record AuditView(String actorName, String what, long commentId, @Nullable String reason, Instant at) {}

    public record NotificationView(long id, NotificationKind kind, @Nullable Long actionId, @Nullable Long commentId,
            Instant createdAt, boolean read) {}

    public record MemberFlags(long accountId, String name, Role role, boolean forumRepresentative, boolean safeguardingLead) {}

    /** A comment for the notification module's mails; {@code body} and {@code responseBody} only when published. */
    public record CommentForMail(long id, TargetKind targetKind, long targetId, long planId, @Nullable Long actionId,
            @Nullable Long parentId, long authorId, CommentState state, @Nullable String body,
            @Nullable ResponseOutcome responseOutcome, @Nullable String responseBody, @Nullable String moderationReason) {}

    // --- The forum's own rating (issue 4, item 4) -------------------------------------------------

    /** A forum representative's rating of an action for a reporting period, from the plan's status scheme. */
    public record NewForumRating(
            long periodId,
            @NotNull(message = "{rating.status.required}") Long statusId,
            @NotBlank(message = "{rating.reason.required}") @Size(max = 500, message = "{rating.reason.tooLong}") String reason) {}

    public record PeriodChoice(long id, String name, boolean closed) {}

    /** {@code disagrees}: the forum's status is not the officers' current status of the action. */
    public record ForumRatingView(long periodId, String periodName, long statusId, String statusLabel, String reason,
            String ratedByName, Instant ratedAt, boolean disagrees) {}

    /** What the action page shows: the officers' status beside the forum's rating, and the form for representatives. */
    public record ForumRatingPanel(long actionId, @Nullable StatusView officerStatus, List<StatusView> scheme,
            List<PeriodChoice> openPeriods, @Nullable Long currentPeriodId, @Nullable ForumRatingView latest,
            List<ForumRatingView> history, boolean canRate) {}

    /** For the highlight report: an action the forum rates differently from the officers in a period. */
    public record ForumDisagreement(long actionId, @Nullable String actionRef, String actionTitle,
            @Nullable String officerStatus, String forumStatus, String reason, String ratedByName) {}

    /** An official answer for the home page: what was said (excerpt), the outcome and the answer. */
    public record RecentAnswer(long commentId, @Nullable Long actionId, String authorLabel, String youSaid,
            ResponseOutcome outcome, String weDid, Instant answeredAt) {}
}

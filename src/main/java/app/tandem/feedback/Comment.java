package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A comment, with its official response in the same row (one per top-level comment). */
@Entity
@Table(name = "feedback_comment")
class Comment extends AreaScopedEntity {

    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    TargetKind targetKind = TargetKind.ACTION;

    @Column(name = "target_id")
    long targetId;

    @Column(name = "plan_id")
    long planId;

    @Column(name = "priority_id")
    @Nullable Long priorityId;

    @Column(name = "action_id")
    @Nullable Long actionId;

    @Column(name = "parent_id")
    @Nullable Long parentId;

    @Column(name = "author_id")
    long authorId;

    @Column(name = "author_name")
    String authorName = "";

    @Column(name = "author_role")
    String authorRole = "";

    @Column(name = "on_behalf_of_forum")
    boolean onBehalfOfForum;

    @Column(name = "show_name")
    boolean showName;

    String body = "";

    @Enumerated(EnumType.STRING)
    CommentState state = CommentState.PUBLISHED;

    @Nullable String flags;

    boolean deleted;

    boolean redacted;

    @Column(name = "posted_at")
    Instant postedAt = Instant.EPOCH;

    @Column(name = "edited_at")
    @Nullable Instant editedAt;

    @Column(name = "published_at")
    @Nullable Instant publishedAt;

    @Column(name = "due_date")
    @Nullable LocalDate dueDate;

    @Column(name = "idempotency_key")
    String idempotencyKey = "";

    @Column(name = "report_count")
    int reportCount;

    @Column(name = "moderation_reason")
    @Nullable String moderationReason;

    @Column(name = "moderated_by")
    @Nullable Long moderatedBy;

    @Column(name = "moderated_at")
    @Nullable Instant moderatedAt;

    @Column(name = "response_body")
    @Nullable String responseBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_outcome")
    @Nullable ResponseOutcome responseOutcome;

    @Column(name = "response_will_do_by")
    @Nullable LocalDate responseWillDoBy;

    @Column(name = "responded_by")
    @Nullable Long respondedBy;

    @Column(name = "responded_by_name")
    @Nullable String respondedByName;

    @Column(name = "responded_at")
    @Nullable Instant respondedAt;

    protected Comment() {}

    boolean isTopLevel() {
        return parentId == null;
    }

    boolean isVisibleToEveryone() {
        return state == CommentState.PUBLISHED;
    }

    /** The author may change the words for 15 minutes after posting, and not after an answer. */
    boolean editableAt(Instant now) {
        return !deleted && responseBody == null && state != CommentState.REJECTED
                && !now.isAfter(postedAt.plus(EDIT_WINDOW));
    }

    boolean isAnswered() {
        return responseBody != null;
    }
}

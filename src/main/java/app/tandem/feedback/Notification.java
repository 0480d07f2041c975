package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "feedback_notification")
class Notification extends AreaScopedEntity {
    @Column(name = "recipient_id")
    long recipientId;

    @Enumerated(EnumType.STRING)
    NotificationKind kind = NotificationKind.NEW_COMMENT;

    @Column(name = "comment_id")
    @Nullable Long commentId;

    @Column(name = "action_id")
    @Nullable Long actionId;

    @Column(name = "created_at")
    Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    @Nullable Instant readAt;

    protected Notification() {}

    Notification(long recipientId, NotificationKind kind, @Nullable Long commentId, @Nullable Long actionId,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.commentId = commentId;
        this.actionId = actionId;
        this.createdAt = createdAt;
    }
}

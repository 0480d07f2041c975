package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "feedback_safeguarding_alert")
class SafeguardingAlert extends AreaScopedEntity {
    @Column(name = "comment_id")
    long commentId;

    String matched = "";

    @Column(name = "raised_at")
    Instant raisedAt = Instant.EPOCH;

    @Column(name = "closed_by")
    @Nullable Long closedBy;

    @Column(name = "closed_at")
    @Nullable Instant closedAt;

    @Column(name = "closing_note")
    @Nullable String closingNote;

    protected SafeguardingAlert() {}

    SafeguardingAlert(long commentId, String matched, Instant raisedAt) {
        this.commentId = commentId;
        this.matched = matched;
        this.raisedAt = raisedAt;
    }
}

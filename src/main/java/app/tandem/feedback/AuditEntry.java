package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Append-only: a moderation decision (AU-1). Never updated or deleted. */
@Entity
@Table(name = "feedback_audit")
class AuditEntry extends AreaScopedEntity {
    @Column(name = "actor_id")
    long actorId;

    @Column(name = "actor_name")
    String actorName = "";

    String what = "";

    @Column(name = "comment_id")
    long commentId;

    @Nullable String reason;

    @Column(name = "decided_at")
    Instant at = Instant.EPOCH;

    protected AuditEntry() {}

    AuditEntry(long actorId, String actorName, String what, long commentId, @Nullable String reason, Instant at) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.what = what;
        this.commentId = commentId;
        this.reason = reason;
        this.at = at;
    }
}

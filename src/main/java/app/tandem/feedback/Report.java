package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One reader's report that a comment should not be there. */
@Entity
@Table(name = "feedback_report")
class Report extends AreaScopedEntity {
    @Column(name = "comment_id")
    long commentId;

    @Column(name = "account_id")
    long accountId;

    @Nullable String reason;

    @Column(name = "reported_at")
    Instant reportedAt = Instant.EPOCH;

    protected Report() {}

    Report(long commentId, long accountId, @Nullable String reason, Instant reportedAt) {
        this.commentId = commentId;
        this.accountId = accountId;
        this.reason = reason;
        this.reportedAt = reportedAt;
    }
}

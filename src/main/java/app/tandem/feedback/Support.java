package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One person's "I agree" on one comment. */
@Entity
@Table(name = "feedback_support")
class Support extends AreaScopedEntity {
    @Column(name = "comment_id")
    long commentId;

    @Column(name = "account_id")
    long accountId;

    protected Support() {}

    Support(long commentId, long accountId) {
        this.commentId = commentId;
        this.accountId = accountId;
    }
}

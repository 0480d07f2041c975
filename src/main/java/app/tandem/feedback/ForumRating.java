package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The forum's own status rating of an action for one reporting period, with its reason. */
@Entity
@Table(name = "feedback_forum_rating")
class ForumRating extends AreaScopedEntity {
    @Column(name = "action_id")
    long actionId;

    @Column(name = "period_id")
    long periodId;

    @Column(name = "status_id")
    long statusId;

    @Column(name = "status_label")
    String statusLabel = "";

    String reason = "";

    @Column(name = "rated_by")
    long ratedBy;

    @Column(name = "rated_by_name")
    String ratedByName = "";

    @Column(name = "rated_at")
    Instant ratedAt = Instant.EPOCH;

    protected ForumRating() {}

    ForumRating(long actionId, long periodId) {
        this.actionId = actionId;
        this.periodId = periodId;
    }
}

package app.tandem.report;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether a plan is on its area's public plan page. */
@Entity
@Table(name = "report_publication")
class Publication extends AreaScopedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    long planId;

    boolean published;

    @Column(name = "published_at")
    @Nullable Instant publishedAt;

    protected Publication() {}

    Publication(long planId) {
        this.planId = planId;
    }
}

package app.tandem.progress;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A milestone marked done with an update, with its words as they were then. */
@Entity
@Immutable
@Table(name = "progress_milestone_done")
class MilestoneDone extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    @SuppressWarnings("NullAway.Init")
    ProgressUpdate update;

    @Column(name = "milestone_id")
    long milestoneId;

    String description = "";

    protected MilestoneDone() {}

    MilestoneDone(ProgressUpdate update, long milestoneId, String description) {
        this.update = update;
        this.milestoneId = milestoneId;
        this.description = description;
    }
}

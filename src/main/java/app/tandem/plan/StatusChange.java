package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change of an action's status. Written once, never changed (status history is append-only). */
@Entity
@Immutable
@Table(name = "action_status_change")
class StatusChange extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    @SuppressWarnings("NullAway.Init")
    Action action;

    @Column(name = "changed_by")
    long changedBy;

    @Column(name = "changed_at")
    @SuppressWarnings("NullAway.Init")
    Instant changedAt;

    @Column(name = "status_date")
    @SuppressWarnings("NullAway.Init")
    LocalDate statusDate;

    @Column(name = "from_status_id")
    @Nullable Long fromStatusId;

    @Column(name = "from_label")
    @Nullable String fromLabel;

    @Column(name = "to_status_id")
    @Nullable Long toStatusId;

    @Column(name = "to_label")
    @Nullable String toLabel;

    @Column(name = "progress_update_id")
    @Nullable Long progressUpdateId;

    protected StatusChange() {}

    StatusChange(Action action, long changedBy, Instant changedAt, LocalDate statusDate, @Nullable StatusLabel from,
            @Nullable StatusLabel to, @Nullable Long progressUpdateId) {
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.statusDate = statusDate;
        this.fromStatusId = from == null ? null : from.getId();
        this.fromLabel = from == null ? null : from.label;
        this.toStatusId = to == null ? null : to.getId();
        this.toLabel = to == null ? null : to.label;
        this.progressUpdateId = progressUpdateId;
    }
}

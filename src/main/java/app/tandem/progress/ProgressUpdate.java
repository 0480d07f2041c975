package app.tandem.progress;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** What an officer said happened on an action, on a date. Never changed once written. */
@Entity
@Immutable
@Table(name = "progress_update")
class ProgressUpdate extends AreaScopedEntity {

    @Column(name = "action_id")
    long actionId;

    @Column(name = "plan_id")
    long planId;

    @Column(name = "author_id")
    long authorId;

    @Column(name = "update_date")
    @SuppressWarnings("NullAway.Init")
    LocalDate date;

    String narrative = "";

    @Column(name = "status_changed")
    boolean statusChanged;

    @Column(name = "from_label")
    @Nullable String fromLabel;

    @Column(name = "to_label")
    @Nullable String toLabel;

    @Column(name = "corrects_update_id")
    @Nullable Long correctsUpdateId;

    @Column(name = "idempotency_key")
    String idempotencyKey = "";

    /** Kept inside the council: never on the public plan page. */
    @Column(name = "internal_only")
    boolean internalOnly;

    @Column(name = "created_at")
    @SuppressWarnings("NullAway.Init")
    Instant createdAt;

    @OneToMany(mappedBy = "update", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    List<EvidenceLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "update", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    List<MilestoneDone> milestonesDone = new ArrayList<>();

    @OneToMany(mappedBy = "update", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    List<Attachment> attachments = new ArrayList<>();

    protected ProgressUpdate() {}

    ProgressUpdate(long actionId, long planId, long authorId, LocalDate date, String narrative,
            @Nullable Long correctsUpdateId, String idempotencyKey, Instant createdAt) {
        this.actionId = actionId;
        this.planId = planId;
        this.authorId = authorId;
        this.date = date;
        this.narrative = narrative;
        this.correctsUpdateId = correctsUpdateId;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }
}

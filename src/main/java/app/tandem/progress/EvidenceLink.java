package app.tandem.progress;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A link to evidence (http or https only), with an optional title. */
@Entity
@Immutable
@Table(name = "progress_evidence_link")
class EvidenceLink extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    @SuppressWarnings("NullAway.Init")
    ProgressUpdate update;

    int position;

    String url = "";

    @Nullable String title;

    protected EvidenceLink() {}

    EvidenceLink(ProgressUpdate update, int position, String url, @Nullable String title) {
        this.update = update;
        this.position = position;
        this.url = url;
        this.title = title;
    }
}

package app.tandem.progress;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A file attached to an update: its name and type. The bytes are in {@link AttachmentContent}. */
@Entity
@Immutable
@Table(name = "progress_attachment")
class Attachment extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    @SuppressWarnings("NullAway.Init")
    ProgressUpdate update;

    int position;

    @Column(name = "file_name")
    String fileName = "";

    @Column(name = "content_type")
    String contentType = "";

    @Column(name = "size_bytes")
    long sizeBytes;

    protected Attachment() {}

    Attachment(ProgressUpdate update, int position, String fileName, String contentType, long sizeBytes) {
        this.update = update;
        this.position = position;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    ProgressUpdate update() {
        return (ProgressUpdate) org.hibernate.Hibernate.unproxy(update);
    }
}

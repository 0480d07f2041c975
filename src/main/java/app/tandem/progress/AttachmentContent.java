package app.tandem.progress;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of one attachment, read only when someone downloads it. */
@Entity
@Immutable
@Table(name = "progress_attachment_content")
class AttachmentContent extends AreaScopedEntity {

    @Column(name = "attachment_id")
    long attachmentId;

    byte[] bytes = new byte[0];

    protected AttachmentContent() {}

    AttachmentContent(long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }
}

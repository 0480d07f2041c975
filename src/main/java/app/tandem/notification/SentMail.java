package app.tandem.notification;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the sent-log (see V50): what went, or waits for a digest, or was not sent because turned off. */
@Entity
@Table(name = "notification_mail")
class SentMail extends AreaScopedEntity {

    enum Status { SENT, WAITING_FOR_DIGEST, IN_DIGEST, TURNED_OFF }

    @Column(name = "dedup_key")
    String dedupKey = "";

    @Column(name = "recipient_id")
    long recipientId;

    @Column(name = "recipient_email")
    String recipientEmail = "";

    @Enumerated(EnumType.STRING)
    MailKind kind = MailKind.DIGEST;

    String subject = "";

    @Nullable String link;

    @Enumerated(EnumType.STRING)
    Status status = Status.SENT;

    @Column(name = "created_at")
    Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    @Nullable Instant sentAt;

    protected SentMail() {}

    SentMail(String dedupKey, long recipientId, String recipientEmail, MailKind kind, String subject,
            @Nullable String link, Status status, Instant now) {
        this.dedupKey = dedupKey;
        this.recipientId = recipientId;
        this.recipientEmail = recipientEmail;
        this.kind = kind;
        this.subject = subject;
        this.link = link;
        this.status = status;
        this.createdAt = now;
        this.sentAt = status == Status.SENT ? now : null;
    }
}

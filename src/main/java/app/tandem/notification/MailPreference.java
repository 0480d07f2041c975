package app.tandem.notification;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person's choice for one kind of mail. */
@Entity
@Table(name = "notification_preference")
class MailPreference extends AreaScopedEntity {

    @Column(name = "account_id")
    long accountId;

    @Enumerated(EnumType.STRING)
    MailKind kind = MailKind.NEW_COMMENT;

    @Enumerated(EnumType.STRING)
    Frequency frequency = Frequency.IMMEDIATELY;

    protected MailPreference() {}

    MailPreference(long accountId, MailKind kind, Frequency frequency) {
        this.accountId = accountId;
        this.kind = kind;
        this.frequency = frequency;
    }
}

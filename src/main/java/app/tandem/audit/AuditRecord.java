package app.tandem.audit;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened (AU-1). Immutable: Hibernate never writes a change to it, and the
 * fields have no setters. Who and which person are ids; names are looked up when shown.
 */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord extends AreaScopedEntity {

    @Column(nullable = false, updatable = false)
    private Instant at = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditKind kind = AuditKind.SIGN_IN;

    /** The account that acted; null for Tandem itself (jobs). */
    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "object_type", updatable = false)
    private @Nullable String objectType;

    @Column(name = "object_id", updatable = false)
    private @Nullable Long objectId;

    @Column(name = "object_label", updatable = false)
    private @Nullable String objectLabel;

    protected AuditRecord() {}

    AuditRecord(Instant at, AuditKind kind, @Nullable Long actorId, @Nullable String objectType, @Nullable Long objectId,
            @Nullable String objectLabel) {
        this.at = at;
        this.kind = kind;
        this.actorId = actorId;
        this.objectType = objectType;
        this.objectId = objectId;
        this.objectLabel = objectLabel == null || objectLabel.length() <= 300 ? objectLabel : objectLabel.substring(0, 300);
    }

    Instant at() {
        return at;
    }

    AuditKind kind() {
        return kind;
    }

    @Nullable Long actorId() {
        return actorId;
    }

    @Nullable String objectType() {
        return objectType;
    }

    @Nullable Long objectId() {
        return objectId;
    }

    @Nullable String objectLabel() {
        return objectLabel;
    }
}

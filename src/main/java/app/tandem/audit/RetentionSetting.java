package app.tandem.audit;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An area's retention periods (PR-3), in months. One row per area; defaults until an admin saves. */
@Entity
@Table(name = "retention_setting")
class RetentionSetting extends AreaScopedEntity {

    static final int DEFAULT_COMMENTS_MONTHS = 36;
    static final int DEFAULT_ANSWERS_MONTHS = 24;
    static final int DEFAULT_AUDIT_MONTHS = 24;

    @Column(name = "comments_months")
    int commentsMonths = DEFAULT_COMMENTS_MONTHS;

    @Column(name = "answers_months")
    int answersMonths = DEFAULT_ANSWERS_MONTHS;

    @Column(name = "audit_months")
    int auditMonths = DEFAULT_AUDIT_MONTHS;
}

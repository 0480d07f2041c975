package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The area's settings for answering comments. */
@Entity
@Table(name = "feedback_setting")
class Setting extends AreaScopedEntity {
    static final int DEFAULT_RESPONSE_DAYS = 10;

    @Column(name = "response_working_days")
    int responseWorkingDays = DEFAULT_RESPONSE_DAYS;

    protected Setting() {}

    Setting(int days) {
        this.responseWorkingDays = days;
    }
}

package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "feedback_bank_holiday")
class BankHoliday extends AreaScopedEntity {
    LocalDate holiday = LocalDate.EPOCH;
    String name = "";

    protected BankHoliday() {}

    BankHoliday(LocalDate holiday, String name) {
        this.holiday = holiday;
        this.name = name;
    }
}

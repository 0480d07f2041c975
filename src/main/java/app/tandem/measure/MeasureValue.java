package app.tandem.measure;

import app.tandem.base.AreaScopedEntity;
import app.tandem.measure.MeasureRules.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A measure's value in one reporting period, for one series ("" = overall). */
@Entity
@Table(name = "measure_value")
class MeasureValue extends AreaScopedEntity {

    @Column(name = "measure_id", nullable = false, updatable = false)
    long measureId;

    @Column(name = "period_id", nullable = false, updatable = false)
    long periodId;

    @Column(nullable = false, updatable = false)
    String series = "";

    @Column(name = "period_value")
    BigDecimal value = BigDecimal.ZERO;

    @Column(name = "ytd_value")
    @Nullable BigDecimal yearToDate;

    @Nullable String note;

    @Enumerated(EnumType.STRING)
    Source source = Source.OFFICER;

    @Nullable Integer respondents;

    @Column(name = "entered_by")
    String enteredBy = "";

    @Column(name = "entered_at")
    Instant enteredAt = Instant.EPOCH;

    protected MeasureValue() {}

    MeasureValue(long measureId, long periodId, String series) {
        this.measureId = measureId;
        this.periodId = periodId;
        this.series = series;
    }
}

package app.tandem.survey;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * One run of a survey. responses and announced are changed by single SQL statements (submitting,
 * announcing), so they never conflict with an officer editing the wave's dates.
 */
@Entity
@Table(name = "survey_wave")
class SurveyWave extends AreaScopedEntity {

    @Column(name = "survey_id", nullable = false, updatable = false)
    long surveyId;

    String name = "";

    @Column(name = "period_id")
    @Nullable Long periodId;

    LocalDate opens = LocalDate.EPOCH;

    LocalDate closes = LocalDate.EPOCH;

    @Column(name = "link_hash")
    @OptimisticLock(excluded = true)
    @Nullable String linkHash;

    @Column(insertable = false, updatable = false)
    boolean announced;

    @Column(insertable = false, updatable = false)
    int responses;

    protected SurveyWave() {}

    SurveyWave(long surveyId) {
        this.surveyId = surveyId;
    }

    WaveStatus status(LocalDate today) {
        if (today.isBefore(opens)) {
            return WaveStatus.SCHEDULED;
        }
        return today.isAfter(closes) ? WaveStatus.CLOSED : WaveStatus.OPEN;
    }
}

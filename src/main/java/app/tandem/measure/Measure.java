package app.tandem.measure;

import app.tandem.base.AreaScopedEntity;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A measure (KPI) of a plan. Lists (series names, linked ids) are kept as '|'-separated text. */
@Entity
@Table(name = "measure")
class Measure extends AreaScopedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    long planId;

    int position;

    String ref = "";

    String indicator = "";

    @Enumerated(EnumType.STRING)
    Unit unit = Unit.PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "better_when")
    Better better = Better.HIGHER;

    @Column(name = "baseline_value")
    @Nullable BigDecimal baselineValue;

    @Column(name = "baseline_date")
    @Nullable LocalDate baselineDate;

    @Column(name = "baseline_note")
    @Nullable String baselineNote;

    @Column(name = "target_value")
    @Nullable BigDecimal targetValue;

    @Column(name = "target_date")
    @Nullable LocalDate targetDate;

    @Column(name = "close_percent")
    BigDecimal closePercent = MeasureRules.DEFAULT_CLOSE_PERCENT;

    @Enumerated(EnumType.STRING)
    Source source = Source.OFFICER;

    @Column(name = "series_names")
    @Nullable String seriesNames;

    @Column(name = "priority_ids")
    @Nullable String priorityIds;

    @Column(name = "action_ids")
    @Nullable String actionIds;

    @Column(name = "series_baselines")
    @Nullable String seriesBaselines;

    @Column(name = "series_targets")
    @Nullable String seriesTargets;

    @Column(name = "survey_id")
    @Nullable Long surveyId;

    @Column(name = "survey_question_id")
    @Nullable Long surveyQuestionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_method")
    SurveyFedRule.@Nullable Method surveyMethod;

    @Column(name = "survey_options")
    @Nullable String surveyOptions;

    protected Measure() {}

    Measure(long planId) {
        this.planId = planId;
    }
}

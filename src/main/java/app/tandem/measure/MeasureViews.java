package app.tandem.measure;

import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Judgement;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Status;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.SurveyFedRule.Method;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the measure module takes in and gives out: records only. */
public final class MeasureViews {

    private MeasureViews() {}

    /** A new measure (or its definition changed). Series are the names of a breakdown, empty for none. */
    public record MeasureEdit(
            long version,
            @NotBlank(message = "{measure.ref.required}") @Size(max = 20, message = "{measure.ref.tooLong}") String ref,
            @NotBlank(message = "{measure.indicator.required}") @Size(max = 500, message = "{measure.indicator.tooLong}") String indicator,
            @NotNull(message = "{measure.unit.required}") Unit unit,
            @NotNull(message = "{measure.better.required}") Better better,
            @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate,
            @Nullable @Size(max = 200, message = "{measure.note.tooLong}") String baselineNote,
            @Nullable BigDecimal targetValue, @Nullable LocalDate targetDate,
            @Nullable @DecimalMin(value = "0", message = "{measure.close.range}") @DecimalMax(value = "100", message = "{measure.close.range}") BigDecimal closePercent,
            Source source,
            List<@NotBlank @Size(max = 100) String> series,
            List<Long> priorityIds, List<Long> actionIds,
            List<@Nullable BigDecimal> seriesBaselines, List<@Nullable BigDecimal> seriesTargets,
            @Nullable @Valid SurveyFeed survey) {

        /** A measure without per-series baselines and targets and not fed by a survey. */
        public MeasureEdit(long version, String ref, String indicator, Unit unit, Better better,
                @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate, @Nullable String baselineNote,
                @Nullable BigDecimal targetValue, @Nullable LocalDate targetDate, @Nullable BigDecimal closePercent,
                Source source, List<String> series, List<Long> priorityIds, List<Long> actionIds) {
            this(version, ref, indicator, unit, better, baselineValue, baselineDate, baselineNote, targetValue, targetDate,
                    closePercent, source, series, priorityIds, actionIds, List.of(), List.of(), null);
        }
    }

    /**
     * Where a survey-fed measure takes its value: a question of a survey, read in the survey's wave for
     * each reporting period; optionCodes count for PERCENT_CHOOSING (and COUNT, where empty means
     * everyone who answered).
     */
    public record SurveyFeed(long surveyId, long questionId,
            @NotNull(message = "{measure.survey.method.required}") Method method,
            List<@NotBlank @Size(max = 40) String> optionCodes) {}

    /**
     * A period value as an officer enters it. version is that of the value being replaced (0 when
     * there is none yet); series is "" for the overall value.
     */
    public record ValueEntry(
            long measureId, long periodId, @NotNull @Size(max = 100) String series, long version,
            @NotNull(message = "{measure.value.required}") BigDecimal value,
            @Nullable BigDecimal yearToDate,
            @Nullable @Size(max = 500, message = "{measure.note.tooLong}") String note) {}

    /** One series' value in one period. */
    public record PeriodValue(long periodId, String series, long version, BigDecimal value, @Nullable BigDecimal yearToDate,
            @Nullable String note, Source source, @Nullable Integer respondents, String enteredBy, Instant enteredAt) {

        /** Fewer people answered than a shared figure may rest on (issue 5: "fewer than 5"). */
        public static final int FEWEST_SHOWN = 5;

        /**
         * A survey-fed value resting on fewer than 5 people: never shown, nor used for trend or
         * status, anywhere (the KPI table is shared with the board and frozen into reports).
         */
        public boolean withheld() {
            return source == Source.SURVEY && respondents != null && respondents < FEWEST_SHOWN;
        }
    }

    /** A reporting period as the measures page needs it. */
    public record PeriodRef(long id, String name, LocalDate endDate, boolean closed) {}

    /** The value for one series in the period shown, with its trend and status. */
    public record SeriesLine(String series, @Nullable PeriodValue now, @Nullable BigDecimal previous, Direction direction,
            Judgement judgement, Status status) {}

    /** A row of the KPI table for one period: the overall line first, then one per series. */
    public record MeasureRow(long id, long version, String ref, String indicator, Unit unit, Better better,
            @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate, @Nullable String baselineNote,
            @Nullable BigDecimal targetValue, @Nullable LocalDate targetDate, BigDecimal closePercent, Source source,
            List<String> series, List<Long> priorityIds, List<Long> actionIds, List<SeriesLine> lines,
            List<PeriodValue> history, List<String> priorityNames,
            List<@Nullable BigDecimal> seriesBaselines, List<@Nullable BigDecimal> seriesTargets,
            @Nullable SurveyFeed survey) {

        /** The target of one line: the series' own when it has one, else the measure's. */
        public @Nullable BigDecimal targetOf(String seriesName) {
            int i = series.indexOf(seriesName);
            return i >= 0 && i < seriesTargets.size() && seriesTargets.get(i) != null ? seriesTargets.get(i) : targetValue;
        }
    }

    /** The KPI table of a plan for one period (the one shown), with the previous period named. */
    public record MeasureTable(long planId, String planTitle, @Nullable PeriodRef period, @Nullable PeriodRef previous,
            List<PeriodRef> periods, List<MeasureRow> rows, boolean canEnter) {}
}

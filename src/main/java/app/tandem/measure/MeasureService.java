package app.tandem.measure;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodRef;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.MeasureViews.SeriesLine;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A plan's measures (KPIs) and their value per reporting period. Anyone signed in in the area reads
 * the KPI table; officers and admins add measures and enter values for open periods (closed periods
 * are frozen; only start-up work such as demo data or imports fills them). Survey-fed values arrive
 * through {@link #recordSurveyValue}, which only the system may call.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeasureService {

    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final PlanService plans;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeasureService(MeasureRepository measures, MeasureValueRepository values, PlanService plans, ReportService reports,
            CurrentUser currentUser, Clock clock) {
        this.measures = measures;
        this.values = values;
        this.plans = plans;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The KPI table of a plan for one period (null: the first open period, else the last one) against
     * the period before it.
     */
    @PreAuthorize("isAuthenticated()")
    public MeasureTable table(long planId, @Nullable Long periodId) {
        app.tandem.plan.PlanViews.PlanDetail plan = plans.getPlan(planId); // not found in another area
        String title = plan.title();
        Map<Long, String> priorityNames = plan.priorities().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.number() + " " + p.title(), (a, b) -> a));
        List<PeriodRef> periods = reports.periodsOfPlan(planId).stream().map(MeasureService::ref).toList();
        PeriodRef shown = null;
        if (periodId != null) {
            shown = periods.stream().filter(p -> p.id() == periodId).findFirst()
                    .orElseThrow(() -> new NotFoundException("reporting period " + periodId));
        } else if (!periods.isEmpty()) {
            shown = periods.stream().filter(p -> !p.closed()).findFirst().orElse(periods.getLast());
        }
        PeriodRef previous = null;
        if (shown != null) {
            int i = periods.indexOf(shown);
            previous = i > 0 ? periods.get(i - 1) : null;
        }
        List<Measure> list = measures.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, List<MeasureValue>> byMeasure = list.isEmpty() ? Map.of()
                : values.findByMeasureIdIn(list.stream().map(m -> Objects.requireNonNull(m.getId())).toList()).stream()
                        .collect(Collectors.groupingBy(v -> v.measureId));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            order.put(periods.get(i).id(), i);
        }
        List<MeasureRow> rows = new ArrayList<>();
        for (Measure m : list) {
            rows.add(row(m, byMeasure.getOrDefault(m.getId(), List.of()), order, shown, previous, priorityNames));
        }
        return new MeasureTable(planId, title, shown, previous, periods, rows, canEnter());
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public MeasureRow addMeasure(long planId, @Valid MeasureEdit edit) {
        plans.getPlan(planId);
        Measure m = new Measure(planId);
        m.position = measures.findByPlanIdOrderByPositionAscIdAsc(planId).size();
        apply(m, edit);
        measures.saveAndFlush(m);
        return row(m, List.of(), Map.of(), null, null, Map.of());
    }

    /**
     * Enters (or corrects) an officer's value for a period. Checks the period belongs to the plan and
     * is open, the series exists, the number fits the unit, and that nobody changed it meanwhile.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public PeriodValue enterValue(@Valid ValueEntry entry) {
        Measure m = measure(entry.measureId());
        if (m.source != Source.OFFICER) {
            throw new InvalidInputException("value", "measure.value.surveyFed");
        }
        TandemUser user = currentUser.require();
        PeriodRef period = periodOf(m, entry.periodId());
        if (period.closed() && !user.isSystem()) {
            throw new InvalidInputException("value", "measure.value.periodClosed");
        }
        String series = entry.series().strip();
        if (!series.isEmpty() && !seriesOf(m).contains(series)) {
            throw new InvalidInputException("series", "measure.value.noSuchSeries");
        }
        checkRange(m.unit, entry.value(), "value");
        if (entry.yearToDate() != null) {
            checkRange(m.unit, entry.yearToDate(), "yearToDate");
        }
        MeasureValue v = values.findByMeasureIdAndPeriodIdAndSeries(entry.measureId(), entry.periodId(), series)
                .orElse(null);
        if (v == null) {
            if (entry.version() != 0) {
                throw new EditConflictException("This value");
            }
            v = new MeasureValue(entry.measureId(), entry.periodId(), series);
        } else if (v.getVersion() != entry.version()) {
            throw new EditConflictException("This value");
        }
        v.value = entry.value();
        v.yearToDate = entry.yearToDate();
        v.note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        v.source = Source.OFFICER;
        v.respondents = null;
        v.enteredBy = user.displayName();
        v.enteredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            return value(values.saveAndFlush(v));
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new EditConflictException("This value");
        }
    }

    /**
     * Hook for survey-fed measures (issue 5 item 5, not wired yet): the survey module will call this
     * from an application-event listener as responses arrive, with the computed value (e.g. percent
     * choosing Agree or Strongly agree) and n. System only; works for open and closed periods.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public PeriodValue recordSurveyValue(long measureId, long periodId,
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 100) String series,
            @jakarta.validation.constraints.NotNull BigDecimal value, @jakarta.validation.constraints.PositiveOrZero int respondents) {
        Measure m = measure(measureId);
        if (m.source != Source.SURVEY) {
            throw new InvalidInputException("value", "measure.value.notSurveyFed");
        }
        periodOf(m, periodId);
        checkRange(m.unit, value, "value");
        MeasureValue v = values.findByMeasureIdAndPeriodIdAndSeries(measureId, periodId, series)
                .orElseGet(() -> new MeasureValue(measureId, periodId, series));
        v.value = value;
        v.source = Source.SURVEY;
        v.respondents = respondents;
        v.enteredBy = "Survey";
        v.enteredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return value(values.saveAndFlush(v));
    }

    // ---------------------------------------------------------------------------------------------

    private boolean canEnter() {
        return currentUser.get().map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.OFFICER)).orElse(false);
    }

    private Measure measure(long id) {
        Measure m = measures.findById(id).orElseThrow(() -> new NotFoundException("measure " + id));
        plans.getPlan(m.planId); // not found in another area
        return m;
    }

    private PeriodRef periodOf(Measure m, long periodId) {
        return reports.periodsOfPlan(m.planId).stream().filter(p -> p.id() == periodId).findFirst().map(MeasureService::ref)
                .orElseThrow(() -> new InvalidInputException("period", "measure.value.noSuchPeriod"));
    }

    static void checkRange(Unit unit, BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "measure.value.negative");
        }
        if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "measure.value.overHundred");
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 || value.scale() > 2) {
            throw new InvalidInputException(field, "measure.value.format");
        }
    }

    private static void apply(Measure m, MeasureEdit edit) {
        m.ref = edit.ref().strip();
        m.indicator = edit.indicator().strip();
        m.unit = edit.unit();
        m.better = edit.better();
        m.baselineValue = edit.baselineValue();
        m.baselineDate = edit.baselineDate();
        m.baselineNote = edit.baselineNote();
        m.targetValue = edit.targetValue();
        m.targetDate = edit.targetDate();
        m.closePercent = edit.closePercent() == null ? MeasureRules.DEFAULT_CLOSE_PERCENT : edit.closePercent();
        m.source = edit.source();
        m.seriesNames = edit.series().isEmpty() ? null
                : edit.series().stream().map(String::strip).collect(Collectors.joining("|"));
        m.priorityIds = ids(edit.priorityIds());
        m.actionIds = ids(edit.actionIds());
    }

    private static @Nullable String ids(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    private static List<Long> ids(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\\|")).map(Long::valueOf).toList();
    }

    static List<String> seriesOf(Measure m) {
        return m.seriesNames == null || m.seriesNames.isBlank() ? List.of() : List.of(m.seriesNames.split("\\|"));
    }

    private static MeasureRow row(Measure m, List<MeasureValue> vals, Map<Long, Integer> order, @Nullable PeriodRef shown,
            @Nullable PeriodRef previous, Map<Long, String> priorityNames) {
        List<PeriodValue> history = vals.stream().filter(v -> order.containsKey(v.periodId))
                .sorted((a, b) -> Integer.compare(order.get(a.periodId), order.get(b.periodId)))
                .map(MeasureService::value).toList();
        List<String> series = seriesOf(m);
        List<String> lineNames = new ArrayList<>();
        lineNames.add("");
        lineNames.addAll(series);
        List<SeriesLine> lines = new ArrayList<>();
        for (String s : lineNames) {
            PeriodValue now = find(history, shown, s);
            PeriodValue before = find(history, previous, s);
            if (!s.isEmpty() || now != null || before != null || series.isEmpty()) {
                BigDecimal current = now == null ? null : now.value();
                BigDecimal prev = before == null ? null : before.value();
                Direction d = MeasureRules.direction(prev, current);
                lines.add(new SeriesLine(s, now, prev, d, MeasureRules.judgement(d, m.better),
                        MeasureRules.status(current, m.targetValue, m.better, m.closePercent)));
            }
        }
        return new MeasureRow(Objects.requireNonNull(m.getId()), m.getVersion(), m.ref, m.indicator, m.unit, m.better,
                m.baselineValue, m.baselineDate, m.baselineNote, m.targetValue, m.targetDate, m.closePercent, m.source,
                series, ids(m.priorityIds), ids(m.actionIds), lines, history,
                ids(m.priorityIds).stream().filter(priorityNames::containsKey).map(priorityNames::get).toList());
    }

    private static @Nullable PeriodValue find(List<PeriodValue> history, @Nullable PeriodRef period, String series) {
        if (period == null) {
            return null;
        }
        return history.stream().filter(v -> v.periodId() == period.id() && v.series().equals(series)).findFirst()
                .orElse(null);
    }

    private static PeriodValue value(MeasureValue v) {
        return new PeriodValue(v.periodId, v.series, v.getVersion(), v.value, v.yearToDate, v.note, v.source, v.respondents,
                v.enteredBy, v.enteredAt);
    }

    private static PeriodRef ref(PeriodView p) {
        return new PeriodRef(p.id(), p.name(), p.endDate(), p.closed());
    }
}

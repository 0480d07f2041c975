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
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.WaveView;
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
    private final SurveyService surveys;

    MeasureService(MeasureRepository measures, MeasureValueRepository values, PlanService plans, ReportService reports,
            CurrentUser currentUser, Clock clock, SurveyService surveys) {
        this.surveys = surveys;
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
        check(planId, edit);
        Measure m = new Measure(planId);
        m.position = measures.findByPlanIdOrderByPositionAscIdAsc(planId).size();
        apply(m, edit);
        measures.saveAndFlush(m);
        fillFromExistingWaves(m);
        return row(m, values.findByMeasureIdIn(List.of(Objects.requireNonNull(m.getId()))), Map.of(), null, null, Map.of());
    }

    /** One measure's definition with its values, for its edit form. */
    @PreAuthorize("isAuthenticated()")
    public MeasureRow getMeasure(long measureId) {
        Measure m = measure(measureId);
        return row(m, values.findByMeasureIdIn(List.of(measureId)), Map.of(), null, null, Map.of());
    }

    /**
     * Changes a measure's definition. Refuses when someone else saved it since {@code edit.version()}
     * was read; values already recorded stay as they are.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public MeasureRow updateMeasure(long measureId, @Valid MeasureEdit edit) {
        Measure m = measure(measureId);
        if (m.getVersion() != edit.version()) {
            throw new EditConflictException("This measure");
        }
        check(m.planId, edit);
        apply(m, edit);
        try {
            measures.saveAndFlush(m);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException("This measure");
        }
        fillFromExistingWaves(m);
        return row(m, values.findByMeasureIdIn(List.of(measureId)), Map.of(), null, null, Map.of());
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

    /**
     * Recomputes, from the wave's kept counts, every measure fed by the survey for the wave's
     * reporting period, and records value and n. Called as responses arrive ({@link SurveyFedMeasures})
     * and once after bulk loads; cheap: one count read per measure, no answers loaded. System only.
     *
     * @return how many measures got a value
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int refreshSurveyValues(long surveyId, long waveId, long periodId) {
        int recorded = 0;
        for (Measure m : measures.lockBySurveyId(surveyId)) {
            if (recordFromSurvey(m, waveId, periodId)) {
                recorded++;
            }
        }
        return recorded;
    }

    /** Computes a survey-fed measure for one wave and records it; false when it has no value yet. */
    private boolean recordFromSurvey(Measure m, long waveId, long periodId) {
        MeasureViews.SurveyFeed feed = feedOf(m);
        if (feed == null) {
            return false;
        }
        QuestionTally t = surveys.tally(waveId, feed.questionId());
        var computed = SurveyFedRule.compute(feed.method(), feed.optionCodes(),
                new SurveyFedRule.Tally(t.respondents(), t.optionCounts(), t.mean()));
        if (computed.isEmpty()) {
            return false;
        }
        long measureId = Objects.requireNonNull(m.getId());
        MeasureValue v = values.findByMeasureIdAndPeriodIdAndSeries(measureId, periodId, "")
                .orElseGet(() -> new MeasureValue(measureId, periodId, ""));
        v.value = computed.get().value();
        v.source = Source.SURVEY;
        v.respondents = computed.get().respondents();
        v.enteredBy = "Survey";
        v.enteredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        values.saveAndFlush(v);
        return true;
    }

    /** A measure just made survey-fed takes its values from the waves that already have answers. */
    private void fillFromExistingWaves(Measure m) {
        MeasureViews.SurveyFeed feed = feedOf(m);
        if (feed == null) {
            return;
        }
        for (WaveView w : surveys.waves(feed.surveyId())) {
            if (w.periodId() != null && w.responseCount() > 0) {
                recordFromSurvey(m, w.id(), w.periodId());
            }
        }
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

    /** The rules Bean Validation cannot see: numbers fit the unit, links are this plan's, a survey feed fits the unit. */
    private void check(long planId, MeasureEdit edit) {
        app.tandem.plan.PlanViews.PlanDetail plan = plans.getPlan(planId); // not found in another area
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        rangeInto(problems, edit.unit(), edit.baselineValue(), "baselineValue");
        rangeInto(problems, edit.unit(), edit.targetValue(), "targetValue");
        if (edit.seriesBaselines().size() > edit.series().size() || edit.seriesTargets().size() > edit.series().size()) {
            problems.put("series", "measure.series.tooManyNumbers");
        }
        for (BigDecimal b : edit.seriesBaselines()) {
            rangeInto(problems, edit.unit(), b, "seriesBaselines");
        }
        for (BigDecimal t : edit.seriesTargets()) {
            rangeInto(problems, edit.unit(), t, "seriesTargets");
        }
        if (edit.series().stream().map(String::strip).distinct().count() != edit.series().size()) {
            problems.put("series", "measure.series.duplicate");
        }
        if (edit.series().stream().anyMatch(n -> n.contains("|"))) {
            problems.put("series", "measure.series.bar");
        }
        java.util.Set<Long> priorityIds = plan.priorities().stream().map(p -> p.id())
                .collect(Collectors.toSet());
        if (!priorityIds.containsAll(edit.priorityIds())) {
            problems.put("priorityIds", "measure.links.notThisPlan");
        }
        if (!edit.actionIds().isEmpty()) {
            java.util.Set<Long> actionIds = plans.findActions(planId, app.tandem.plan.ActionFilter.none(), 0, 10_000).stream()
                    .map(a -> a.id()).collect(Collectors.toSet());
            if (!actionIds.containsAll(edit.actionIds())) {
                problems.put("actionIds", "measure.links.notThisPlan");
            }
        }
        if (edit.source() == Source.SURVEY) {
            MeasureViews.SurveyFeed feed = edit.survey();
            if (feed == null) {
                problems.put("survey", "measure.survey.required");
            } else {
                SurveyFedRule.Method method = feed.method();
                if (method == SurveyFedRule.Method.PERCENT_CHOOSING && feed.optionCodes().isEmpty()) {
                    problems.put("surveyOptions", "measure.survey.options.required");
                }
                Unit expected = switch (method) {
                    case PERCENT_CHOOSING -> Unit.PERCENT;
                    case MEAN -> Unit.SCORE;
                    case COUNT -> Unit.COUNT;
                };
                if (edit.unit() != expected) {
                    problems.put("unit", "measure.survey.unit." + method.name());
                }
                if (!edit.series().isEmpty()) {
                    problems.put("series", "measure.survey.noSeries");
                }
                checkFeed(planId, feed, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The survey is this plan's, the question is in it, and the method and answers fit the question. */
    private void checkFeed(long planId, MeasureViews.SurveyFeed feed, Map<String, String> problems) {
        SurveyDefinition def;
        try {
            def = surveys.definition(feed.surveyId());
        } catch (NotFoundException e) {
            problems.put("survey", "measure.survey.notFound");
            return;
        }
        QuestionView q = def.question(feed.questionId());
        if (def.planId() != planId || q == null) {
            problems.put("survey", "measure.survey.notFound");
            return;
        }
        switch (feed.method()) {
            case MEAN -> {
                if (!q.type().hasMean()) {
                    problems.put("method", "measure.survey.method.noMean");
                }
            }
            case PERCENT_CHOOSING, COUNT -> {
                if (!q.type().hasOptions() && !(feed.method() == SurveyFedRule.Method.COUNT && feed.optionCodes().isEmpty())) {
                    problems.put("method", "measure.survey.method.noOptions");
                } else if (!feed.optionCodes().stream().allMatch(c -> q.option(c) != null)) {
                    problems.put("surveyOptions", "measure.survey.options.notInQuestion");
                }
            }
        }
    }

    private static void rangeInto(Map<String, String> problems, Unit unit, @Nullable BigDecimal value, String field) {
        if (value == null) {
            return;
        }
        try {
            checkRange(unit, value, field);
        } catch (InvalidInputException e) {
            problems.putIfAbsent(field, e.fieldMessageKeys().get(field));
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
        m.seriesBaselines = numbers(edit.seriesBaselines());
        m.seriesTargets = numbers(edit.seriesTargets());
        MeasureViews.SurveyFeed feed = edit.source() == Source.SURVEY ? edit.survey() : null;
        m.surveyId = feed == null ? null : feed.surveyId();
        m.surveyQuestionId = feed == null ? null : feed.questionId();
        m.surveyMethod = feed == null ? null : feed.method();
        m.surveyOptions = feed == null || feed.optionCodes().isEmpty() ? null
                : feed.optionCodes().stream().map(String::strip).collect(Collectors.joining("|"));
    }

    private static @Nullable String numbers(List<@Nullable BigDecimal> list) {
        if (list.stream().allMatch(Objects::isNull)) {
            return null;
        }
        return list.stream().map(n -> n == null ? "" : n.toPlainString()).collect(Collectors.joining("|"));
    }

    static List<@Nullable BigDecimal> numbers(@Nullable String text, int size) {
        List<@Nullable BigDecimal> out = new ArrayList<>();
        String[] parts = text == null ? new String[0] : text.split("\\|", -1);
        for (int i = 0; i < size; i++) {
            out.add(i < parts.length && !parts[i].isBlank() ? new BigDecimal(parts[i]) : null);
        }
        return out;
    }

    static MeasureViews.@Nullable SurveyFeed feedOf(Measure m) {
        if (m.source != Source.SURVEY || m.surveyId == null || m.surveyQuestionId == null || m.surveyMethod == null) {
            return null;
        }
        return new MeasureViews.SurveyFeed(m.surveyId, m.surveyQuestionId, m.surveyMethod,
                m.surveyOptions == null || m.surveyOptions.isBlank() ? List.of() : List.of(m.surveyOptions.split("\\|")));
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
        List<@Nullable BigDecimal> seriesTargets = numbers(m.seriesTargets, series.size());
        List<String> lineNames = new ArrayList<>();
        lineNames.add("");
        lineNames.addAll(series);
        List<SeriesLine> lines = new ArrayList<>();
        for (String s : lineNames) {
            PeriodValue now = find(history, shown, s);
            PeriodValue before = find(history, previous, s);
            if (!s.isEmpty() || now != null || before != null || series.isEmpty()) {
                BigDecimal current = now == null || now.withheld() ? null : now.value();
                BigDecimal prev = before == null || before.withheld() ? null : before.value();
                Direction d = MeasureRules.direction(prev, current);
                int si = series.indexOf(s);
                BigDecimal target = si >= 0 && seriesTargets.get(si) != null ? seriesTargets.get(si) : m.targetValue;
                lines.add(new SeriesLine(s, now, prev, d, MeasureRules.judgement(d, m.better),
                        MeasureRules.status(current, target, m.better, m.closePercent)));
            }
        }
        return new MeasureRow(Objects.requireNonNull(m.getId()), m.getVersion(), m.ref, m.indicator, m.unit, m.better,
                m.baselineValue, m.baselineDate, m.baselineNote, m.targetValue, m.targetDate, m.closePercent, m.source,
                series, ids(m.priorityIds), ids(m.actionIds), lines, history,
                ids(m.priorityIds).stream().filter(priorityNames::containsKey).map(priorityNames::get).toList(),
                numbers(m.seriesBaselines, series.size()), seriesTargets, feedOf(m));
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

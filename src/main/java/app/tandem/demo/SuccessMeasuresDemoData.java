package app.tandem.demo;

import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PriorityView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Northmere's measures of success, after seed 003's KPI tables with invented numbers: a value for
 * each of the three closed periods and the open one. Needs the periods {@link ReportDemoData} adds:
 * listeners of equal order run in bean registration order, by class name here, so this class's name
 * sorts after it; without periods it adds the measures only.
 */
@Component
class SuccessMeasuresDemoData {

    private final PlanService plans;
    private final ReportService reports;
    private final MeasureService measures;

    SuccessMeasuresDemoData(PlanService plans, ReportService reports, MeasureService measures) {
        this.plans = plans;
        this.reports = reports;
        this.measures = measures;
    }

    /** One measure: definition, then overall values per period (oldest first; null = none) and per series. */
    record Demo(String ref, String indicator, Unit unit, Better better, double baseline, String baselineDate,
            @Nullable String baselineNote, double target, String targetDate, int priority, List<String> series,
            @Nullable Double[] values, @Nullable Double[] ytd, double[][] seriesValues) {}

    static final List<Demo> DEMO = List.of(
            new Demo("EHCP 1", "% of new EHC plans issued within 20 weeks", Unit.PERCENT, Better.HIGHER, 45, "2025-03-01",
                    null, 70, "2027-03-31", 0, List.of(), new Double[] {48.0, 53.0, 58.0, 64.0},
                    new Double[] {48.0, 50.5, 53.0, 56.0}, new double[0][]),
            new Demo("EHCP 2", "% of plans that began with a co-production meeting", Unit.PERCENT, Better.HIGHER, 22,
                    "2025-04-01", null, 60, "2027-03-31", 0, List.of(), new Double[] {30.0, 41.0, 55.0, 58.0}, null,
                    new double[0][]),
            new Demo("EHCP 3", "% of advice for EHC needs assessments judged good quality", Unit.PERCENT, Better.HIGHER, 74,
                    "2025-01-01", "Education 83%, Health 83%, Social care 56%", 85, "2027-03-31", 0,
                    List.of("Education", "Health", "Social care"), new Double[] {72.0, 75.0, 74.0, 78.0}, null,
                    new double[][] {{83, 79, 80, 84}, {80, 78, 72, 76}, {56, 67, 70, 74}}),
            new Demo("EHCP 7", "% of annual reviews completed on time", Unit.PERCENT, Better.HIGHER, 56, "2025-03-01",
                    null, 80, "2027-03-31", 0, List.of(), new Double[] {57.0, 61.0, 59.0, 77.0},
                    new Double[] {57.0, 59.0, 59.0, 64.0}, new double[0][]),
            new Demo("ASC 1", "Average weeks waiting for an autism assessment (0-11)", Unit.WEEKS, Better.LOWER, 70,
                    "2025-03-01", null, 40, "2027-04-30", 1, List.of(), new Double[] {68.0, 61.0, 63.0, 52.0}, null,
                    new double[0][]),
            new Demo("ASC 2", "Average weeks waiting for an autism assessment (12-18)", Unit.WEEKS, Better.LOWER, 85,
                    "2025-03-01", null, 52, "2027-04-30", 1, List.of(), new Double[] {84.0, 80.0, 74.0, 71.0}, null,
                    new double[0][]),
            new Demo("COM 3", "Parents tell us communication after referral is good: %", Unit.PERCENT, Better.HIGHER, 78,
                    "2025-06-01", "Parents’ satisfaction survey", 90, "2027-03-31", 2, List.of(),
                    new Double[] {79.0, 83.0, 86.0, 87.0}, null, new double[0][]),
            new Demo("COM 4", "Families signed up to the SEND newsletter", Unit.COUNT, Better.HIGHER, 986, "2025-01-01",
                    null, 3000, "2026-12-31", 2, List.of(), new Double[] {1420.0, 2105.0, 2690.0, 3265.0}, null,
                    new double[0][]),
            new Demo("COM 7", "Young people who say they shaped a service this year: %", Unit.PERCENT, Better.HIGHER, 71,
                    "2025-09-01", null, 85, "2027-01-31", 2, List.of("Age 11-15", "Age 16-25"),
                    new Double[] {72.0, 74.0, 77.0, null}, null, new double[][] {{70, 73, 78, 81}, {74, 75, 76, 79}}),
            new Demo("EHCP 5", "Days from request to a decision on whether to assess", Unit.DAYS, Better.LOWER, 52,
                    "2025-03-01", null, 42, "2026-09-30", 0, List.of(), new Double[] {50.0, 47.0, 44.0, 43.0}, null,
                    new double[0][]));

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        long planId = plans.listPlans().getFirst().id();
        List<PriorityView> priorities = plans.getPlan(planId).priorities();
        List<PeriodView> periods = reports.periodsOfPlan(planId);
        for (Demo d : DEMO) {
            List<Long> linked = priorities.size() > d.priority() ? List.of(priorities.get(d.priority()).id()) : List.of();
            MeasureRow m = measures.addMeasure(planId, new MeasureEdit(0, d.ref(), d.indicator(), d.unit(), d.better(),
                    BigDecimal.valueOf(d.baseline()), LocalDate.parse(d.baselineDate()), d.baselineNote(),
                    BigDecimal.valueOf(d.target()), LocalDate.parse(d.targetDate()), null, Source.OFFICER, d.series(),
                    linked, List.of()));
            for (int p = 0; p < periods.size() && p < d.values().length; p++) {
                long periodId = periods.get(p).id();
                Double v = d.values()[p];
                if (v != null) {
                    Double ytd = d.ytd() == null ? null : d.ytd()[p];
                    measures.enterValue(new ValueEntry(m.id(), periodId, "", 0, BigDecimal.valueOf(v),
                            ytd == null ? null : BigDecimal.valueOf(ytd), p == periods.size() - 1 && p == 3
                                    ? "Provisional: checked at the next data meeting." : null));
                }
                for (int s = 0; s < d.series().size(); s++) {
                    measures.enterValue(new ValueEntry(m.id(), periodId, d.series().get(s), 0,
                            BigDecimal.valueOf(d.seriesValues()[s][p]), null, null));
                }
            }
        }
    }
}

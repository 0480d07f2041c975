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
 * Northmere's officer-entered measures of success, after seed 003's KPI tables with invented
 * numbers: a value for each of the three closed periods and the open one. The survey-fed ones
 * (COM 2, COM 3, COM 7) come with the surveys in {@link SurveyResultsDemoData}. Needs the periods {@link ReportDemoData} adds:
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
            new Demo("COM 4", "Families signed up to the SEND newsletter", Unit.COUNT, Better.HIGHER, 986, "2025-01-01",
                    null, 3000, "2026-12-31", 2, List.of(), new Double[] {1420.0, 2105.0, 2690.0, 3265.0}, null,
                    new double[0][]),
            new Demo("EHCP 5", "Days from request to a decision on whether to assess", Unit.DAYS, Better.LOWER, 52,
                    "2025-03-01", null, 42, "2026-09-30", 0, List.of(), new Double[] {50.0, 47.0, 44.0, 43.0}, null,
                    new double[0][]),
            new Demo("EHCP 4", "% of plans where the voice of the child and their parent carers runs through the plan",
                    Unit.PERCENT, Better.HIGHER, 50, "2025-01-01", "Quality audit, section A", 65, "2027-03-31", 0, List.of(),
                    new Double[] {55.0, 63.0, 74.0, 81.0}, null, new double[0][]),
            new Demo("EHCP 6", "% of audited plans rated compliant", Unit.PERCENT, Better.HIGHER, 81, "2025-01-01",
                    "Overall quality of plan", 95, "2027-03-31", 0, List.of(), new Double[] {79.0, 80.0, 78.0, 82.0}, null,
                    new double[0][]),
            new Demo("EHCP 8", "Families tell us they helped write their EHC plan and it gives the right help at the right time: %",
                    Unit.PERCENT, Better.HIGHER, 92, "2025-03-01", "Annual review feedback forms", 100, "2027-03-31", 0,
                    List.of(), new Double[] {94.0, 96.0, 93.0, 97.0}, null, new double[0][]),
            new Demo("EHCP 9", "Young people and families tell us there are more options after 16, with advice in time: %",
                    Unit.PERCENT, Better.HIGHER, 44, "2025-09-01", null, 75, "2027-03-31", 0, List.of(),
                    new Double[] {44.0, 38.0, 41.0, 47.0}, null, new double[0][]),
            new Demo("ASC 3", "Average weeks waiting for an autism assessment (0-5)", Unit.WEEKS, Better.LOWER, 39,
                    "2025-03-01", null, 35, "2027-04-30", 1, List.of(), new Double[] {38.0, 37.0, 37.0, 34.0}, null,
                    new double[0][]),
            new Demo("COM 1", "Parents, carers and practitioners say the Local Offer website is easy to use: %",
                    Unit.PERCENT, Better.HIGHER, 50, "2025-06-01", "Local Offer feedback form", 75, "2027-01-31", 2,
                    List.of(), new Double[] {44.0, 52.0, 58.0, null}, null, new double[0][]),
            new Demo("COM 5", "Local Offer website page views in the quarter", Unit.COUNT, Better.HIGHER, 6185,
                    "2024-10-01", null, 9277, "2026-07-31", 2, List.of(), new Double[] {8120.0, 9340.0, 9810.0, 10220.0},
                    null, new double[0][]),
            new Demo("COM 6", "% of young people aged 14 and over taking an active part in their annual review",
                    Unit.PERCENT, Better.HIGHER, 50, "2025-06-01", null, 100, "2027-01-31", 2, List.of(),
                    new Double[] {55.0, 61.0, 66.0, 70.0}, null, new double[0][]));

    /** Seed 003's own targets for the parts of EHCP 3 (Education 90%, Health 75%, Social care 75%). */
    static final java.util.Map<String, List<BigDecimal>> SERIES_TARGETS = java.util.Map.of("EHCP 3",
            List.of(BigDecimal.valueOf(90), BigDecimal.valueOf(75), BigDecimal.valueOf(75)));

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
                    linked, List.of(), List.of(), SERIES_TARGETS.getOrDefault(d.ref(), List.of()), null));
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

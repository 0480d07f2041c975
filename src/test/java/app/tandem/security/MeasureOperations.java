package app.tandem.security;

import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.security.RoleMatrixTest.Call;
import app.tandem.security.RoleMatrixTest.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The measure module's rows of the role matrix (KPI table, adding measures, entering values, the survey hook). */
final class MeasureOperations {

    private MeasureOperations() {}

    static void register(Map<String, Operation> ops) {
        measure(ops, "measureTable", "table", (t, f) -> t.measures.table(f.planId(), null));
        measure(ops, "addMeasure", "addMeasure", (t, f) -> t.measures.addMeasure(f.planId(), new MeasureEdit(0, "MX 1",
                "Matrix check measure", Unit.PERCENT, Better.HIGHER, null, null, null, BigDecimal.TEN, null, null,
                Source.OFFICER, List.of(), List.of(), List.of())));
        measure(ops, "getMeasure", "getMeasure", (t, f) -> t.measures.getMeasure(
                t.measures.table(f.planId(), null).rows().getFirst().id()));
        measure(ops, "updateMeasure", "updateMeasure", (t, f) -> {
            MeasureRow m = t.measures.table(f.planId(), null).rows().getFirst();
            t.measures.updateMeasure(m.id(), new MeasureEdit(m.version(), m.ref(), m.indicator() + " (checked)", m.unit(),
                    m.better(), m.baselineValue(), m.baselineDate(), m.baselineNote(), m.targetValue(), m.targetDate(),
                    m.closePercent(), m.source(), m.series(), m.priorityIds(), m.actionIds(), m.seriesBaselines(),
                    m.seriesTargets(), m.survey()));
        });
        measure(ops, "enterMeasureValue", "enterValue", (t, f) -> {
            MeasureTable table = t.measures.table(f.planId(), null);
            MeasureRow m = table.rows().stream().filter(r -> r.source() == Source.OFFICER).findFirst().orElseThrow();
            long version = m.history().stream().filter(v -> v.periodId() == table.period().id() && v.series().isEmpty())
                    .mapToLong(PeriodValue::version).findFirst().orElse(0);
            t.measures.enterValue(new ValueEntry(m.id(), table.period().id(), "", version, BigDecimal.ONE, null, null));
        });
        measure(ops, "recordSurveyValue", "recordSurveyValue", (t, f) -> {
            MeasureTable table = t.measures.table(f.planId(), null);
            t.measures.recordSurveyValue(table.rows().getFirst().id(), table.period().id(), "", BigDecimal.ONE, 5);
        });
        measure(ops, "refreshSurveyValues", "refreshSurveyValues", (t, f) -> {
            MeasureTable table = t.measures.table(f.planId(), null);
            t.measures.refreshSurveyValues(1, 1, table.period().id());
        });
        ops.put("frozenMeasures", new Operation("ReportService", "frozenMeasures",
                (t, f) -> t.reports.frozenMeasures(t.openPeriod(f).id())));
    }

    private static void measure(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("MeasureService", method, call));
    }
}

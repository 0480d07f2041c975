package app.tandem.measure;

import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.SeriesLine;
import app.tandem.report.PeriodClosingContributor;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Freezes the KPI table into the reporting period as it closes: per measure its ref, unit, target,
 * and per line (overall "" and each series) the value, year to date, trend and status. JSON text so
 * the report module needs no types from here.
 */
@Component
class MeasuresAtClose implements PeriodClosingContributor {

    static final int MAX = 16_000;

    private final MeasureService measures;

    MeasuresAtClose(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public @Nullable String measuresJson(long planId, long periodId) {
        MeasureTable table = measures.table(planId, periodId);
        if (table.rows().isEmpty()) {
            return null;
        }
        return json(table);
    }

    static String json(MeasureTable table) {
        StringBuilder out = new StringBuilder("[");
        for (MeasureRow r : table.rows()) {
            StringBuilder one = new StringBuilder();
            one.append(out.length() > 1 ? "," : "").append("{\"ref\":").append(str(r.ref())).append(",\"unit\":")
                    .append(str(r.unit().name())).append(",\"target\":").append(num(r.targetValue())).append(",\"lines\":[");
            boolean first = true;
            for (SeriesLine l : r.lines()) {
                one.append(first ? "" : ",").append("{\"series\":").append(str(l.series())).append(",\"value\":")
                        .append(num(l.now() == null || l.now().withheld() ? null : l.now().value())).append(",\"ytd\":")
                        .append(num(l.now() == null ? null : l.now().yearToDate())).append(",\"trend\":")
                        .append(str(l.direction().name())).append(",\"judgement\":").append(str(l.judgement().name()))
                        .append(",\"status\":").append(str(l.status().name())).append('}');
                first = false;
            }
            one.append("]}");
            if (out.length() + one.length() + 1 > MAX) {
                break; // keep whole measures only; the column holds 16,000 characters
            }
            out.append(one);
        }
        return out.append(']').toString();
    }

    private static String num(@Nullable BigDecimal n) {
        return n == null ? "null" : n.toPlainString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

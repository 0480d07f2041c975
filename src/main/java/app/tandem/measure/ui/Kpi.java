package app.tandem.measure.ui;

import app.tandem.measure.MeasureRules.Judgement;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Status;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.SeriesLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Words and cells of the KPI table, shared by the measures page and the highlight report. Status and trend always in words. */
final class Kpi {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Kpi() {}

    static String value(Component c, @Nullable BigDecimal v, Unit unit) {
        if (v == null) {
            return c.getTranslation("measure.none");
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(2);
        String n = f.format(v.setScale(Math.min(v.scale(), 2), RoundingMode.HALF_UP));
        return c.getTranslation("measure.unit." + unit.name(), n);
    }

    static String dated(Component c, @Nullable BigDecimal v, Unit unit, @Nullable LocalDate date) {
        String s = value(c, v, unit);
        return v == null || date == null ? s : c.getTranslation("measure.dated", s, MONTH.format(date));
    }

    static String trend(Component c, Direction d, Judgement j) {
        return switch (d) {
            case NONE -> c.getTranslation("measure.trend.none");
            case SAME -> c.getTranslation("measure.trend.same");
            case UP -> c.getTranslation(j == Judgement.BETTER ? "measure.trend.upBetter" : "measure.trend.upWorse");
            case DOWN -> c.getTranslation(j == Judgement.BETTER ? "measure.trend.downBetter" : "measure.trend.downWorse");
        };
    }

    static String status(Component c, Status s) {
        return c.getTranslation("measure.status." + s.name());
    }

    /** One text line per series ("Education: 79%"), the overall line without a name. */
    static Component lines(MeasureRow r, Function<SeriesLine, String> text) {
        Div cell = new Div();
        for (SeriesLine l : r.lines()) {
            String t = text.apply(l);
            Div line = new Div(new Span(l.series().isEmpty() ? t : l.series() + ": " + t));
            line.addClassName("kpi-line");
            cell.add(line);
        }
        return cell;
    }

    /** A survey-fed value says how many people it rests on: "87% (n = 287)". */
    static String withN(Component c, SeriesLine l, String value) {
        if (l.now() == null || l.now().source() != app.tandem.measure.MeasureRules.Source.SURVEY
                || l.now().respondents() == null) {
            return value;
        }
        if (l.now().withheld()) {
            return c.getTranslation("measure.fewer");
        }
        return c.getTranslation("measure.withN", value, l.now().respondents());
    }

    static Component statusCell(Component c, MeasureRow r) {
        Div cell = new Div();
        for (SeriesLine l : r.lines()) {
            Span badge = new Span((l.series().isEmpty() ? "" : l.series() + ": ") + status(c, l.status()));
            badge.addClassNames("kpi-status", "kpi-status-" + l.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            cell.add(new Div(badge));
        }
        return cell;
    }

    /** The KPI table: ref, measure, baseline, target, this period, year to date, trend, status. */
    static Grid<MeasureRow> table(Component c, MeasureTable t) {
        Grid<MeasureRow> grid = new Grid<>();
        grid.addColumn(MeasureRow::ref).setHeader(c.getTranslation("measure.col.ref")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeasureRow::indicator).setHeader(c.getTranslation("measure.col.indicator")).setFlexGrow(3);
        grid.addColumn(r -> dated(c, r.baselineValue(), r.unit(), r.baselineDate())
                + (r.baselineNote() == null ? "" : " (" + r.baselineNote() + ")"))
                .setHeader(c.getTranslation("measure.col.baseline")).setFlexGrow(1);
        grid.addColumn(r -> r.targetValue() == null ? c.getTranslation("measure.none")
                : r.targetDate() == null ? value(c, r.targetValue(), r.unit())
                        : c.getTranslation("measure.targetBy", value(c, r.targetValue(), r.unit()), MONTH.format(r.targetDate())))
                .setHeader(c.getTranslation("measure.col.target")).setFlexGrow(1);
        String periodName = t.period() == null ? c.getTranslation("measure.col.period") : t.period().name();
        grid.addComponentColumn(r -> lines(r, l -> withN(c, l, value(c, l.now() == null ? null : l.now().value(), r.unit()))))
                .setHeader(c.getTranslation("measure.col.periodNamed", periodName)).setFlexGrow(1);
        grid.addComponentColumn(r -> lines(r, l -> value(c, l.now() == null ? null : l.now().yearToDate(), r.unit())))
                .setHeader(c.getTranslation("measure.col.ytd")).setFlexGrow(1);
        grid.addComponentColumn(r -> lines(r, l -> trend(c, l.direction(), l.judgement())))
                .setHeader(c.getTranslation("measure.col.trend")).setFlexGrow(1);
        grid.addComponentColumn(r -> statusCell(c, r)).setHeader(c.getTranslation("measure.col.status")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(c.getTranslation("measure.empty"));
        grid.setItems(t.rows());
        return grid;
    }
}

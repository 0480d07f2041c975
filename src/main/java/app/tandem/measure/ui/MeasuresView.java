package app.tandem.measure.ui;

import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.SvgChart;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodRef;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.MeasureViews.SeriesLine;
import app.tandem.measure.MeasureViews.ValueEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan's measures of success (the KPI table of a board update): ref, measure, baseline, target,
 * this period's value, year to date, trend against the previous period and status against target,
 * in words. Below, a chart per measure with a table of the same numbers. Officers and admins enter
 * a period's value; closed periods are frozen.
 */
@Route("plans/:planId(\\d+)/measures")
@PermitAll
class MeasuresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService measures;
    private long planId;
    private @Nullable Long periodId;
    @Nullable MeasureTable table;

    MeasuresView(MeasureService measures) {
        this.measures = measures;
        addClassName("measures-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.page.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        periodId = event.getLocation().getQueryParameters().getSingleParameter("period").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        refresh();
    }

    void refresh() {
        MeasureTable t = measures.table(planId, periodId);
        table = t;
        removeAll();
        add(new Anchor("plans/" + planId, getTranslation("measure.backToPlan", t.planTitle())));
        add(new H1(getTranslation("measure.page.title")));
        add(new Paragraph(t.period() == null ? getTranslation("measure.page.noPeriod")
                : t.previous() == null ? getTranslation("measure.page.introFirst", t.period().name())
                        : getTranslation("measure.page.intro", t.period().name(), t.previous().name())));
        if (t.periods().size() > 1) {
            Select<PeriodRef> choose = new Select<>();
            choose.setLabel(getTranslation("measure.page.period"));
            choose.setItems(t.periods());
            choose.setItemLabelGenerator(PeriodRef::name);
            choose.setValue(t.period());
            choose.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    periodId = e.getValue().id();
                    refresh();
                }
            });
            add(choose);
        }
        if (t.canEnter()) {
            add(new Paragraph(new Anchor("plans/" + planId + "/measures/edit", getTranslation("measure.add"))));
        }
        Grid<MeasureRow> grid = Kpi.table(this, t);
        grid.setAriaLabel(getTranslation("measure.page.title"));
        if (t.canEnter()) {
            grid.addComponentColumn(r -> {
                Anchor change = new Anchor("plans/" + planId + "/measures/edit/" + r.id(), getTranslation("measure.change"));
                change.getElement().setAttribute("aria-label", getTranslation("measure.changeNamed", r.ref()));
                return change;
            }).setHeader(getTranslation("measure.col.change")).setAutoWidth(true);
        }
        if (t.canEnter() && t.period() != null && !t.period().closed()) {
            PeriodRef period = t.period();
            grid.addComponentColumn(r -> {
                if (r.source() != Source.OFFICER) {
                    return new Paragraph(getTranslation("measure.fromSurvey"));
                }
                Button enter = new Button(getTranslation("measure.enter"), e -> openEntry(r, period));
                enter.addThemeVariants(ButtonVariant.TERTIARY);
                enter.setAriaLabel(getTranslation("measure.enterNamed", r.ref(), period.name()));
                return enter;
            }).setHeader(getTranslation("measure.col.enter")).setAutoWidth(true);
        } else if (t.canEnter() && t.period() != null) {
            add(new Paragraph(getTranslation("measure.page.closed")));
        }
        add(grid);
        if (!t.rows().isEmpty()) {
            add(new H2(getTranslation("measure.charts.title")));
        }
        for (MeasureRow r : t.rows()) {
            add(chart(r, t.periods()));
        }
    }

    private Div chart(MeasureRow r, List<PeriodRef> periods) {
        Div block = new Div();
        block.addClassNames("section", "measure-chart");
        block.add(new H3(r.ref() + ": " + r.indicator()));
        if (!r.priorityNames().isEmpty()) {
            block.add(new Paragraph(getTranslation("measure.priorities", String.join("; ", r.priorityNames()))));
        }
        List<String> names = new ArrayList<>();
        List<@Nullable Number> values = new ArrayList<>(); // no bar where no value was entered
        List<Number> targets = new ArrayList<>();
        for (PeriodRef p : periods) {
            PeriodValue v = r.history().stream().filter(h -> h.periodId() == p.id() && h.series().isEmpty()).findFirst()
                    .orElse(null);
            names.add(p.name());
            values.add(v == null || v.withheld() ? null : v.value());
            targets.add(r.targetValue() == null ? 0 : r.targetValue());
        }
        String unitWords = getTranslation("measure.unitName." + r.unit().name());
        block.add(SvgChart.image(SvgChart.barChartWithLine(r.ref(), getTranslation("measure.chart.periods"), unitWords, names,
                new SvgChart.Series(getTranslation("measure.chart.value"), "#1d70b8", values),
                r.targetValue() == null ? null : new SvgChart.Series(getTranslation("measure.chart.target"), "#0b0c0c", targets),
                640, 300), getTranslation("measure.chart.alt", r.ref())));
        Grid<PeriodValue> numbers = new Grid<>();
        numbers.addColumn(v -> periods.stream().filter(p -> p.id() == v.periodId()).map(PeriodRef::name).findFirst().orElse(""))
                .setHeader(getTranslation("measure.col.period"));
        if (!r.series().isEmpty()) {
            numbers.addColumn(v -> v.series().isEmpty() ? getTranslation("measure.overall") : v.series())
                    .setHeader(getTranslation("measure.col.series"));
        }
        numbers.addColumn(v -> v.withheld() ? getTranslation("measure.fewer") : Kpi.value(this, v.value(), r.unit()))
                .setHeader(getTranslation("measure.col.value"));
        numbers.addColumn(v -> Kpi.value(this, v.yearToDate(), r.unit())).setHeader(getTranslation("measure.col.ytd"));
        numbers.addColumn(v -> Kpi.value(this, r.targetValue(), r.unit())).setHeader(getTranslation("measure.col.target"));
        numbers.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("measure.col.note"));
        numbers.addColumn(v -> v.source() == Source.SURVEY && v.respondents() != null
                ? getTranslation("measure.bySurvey", v.respondents()) : v.enteredBy())
                .setHeader(getTranslation("measure.col.enteredBy"));
        numbers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        numbers.setAllRowsVisible(true);
        numbers.setAriaLabel(getTranslation("measure.chart.table", r.ref()));
        numbers.setEmptyStateText(getTranslation("measure.noValues"));
        numbers.setItems(r.history());
        block.add(numbers);
        return block;
    }

    void openEntry(MeasureRow r, PeriodRef period) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("measure.enterNamed", r.ref(), period.name()));
        Paragraph what = new Paragraph(r.indicator());
        Select<String> series = new Select<>();
        List<String> options = new ArrayList<>();
        options.add("");
        options.addAll(r.series());
        series.setLabel(getTranslation("measure.field.series"));
        series.setItems(options);
        series.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("measure.overall") : s);
        series.setValue("");
        series.setVisible(!r.series().isEmpty());
        BigDecimalField value = new BigDecimalField(getTranslation("measure.field.value", getTranslation("measure.unitName." + r.unit().name())));
        value.setRequiredIndicatorVisible(true);
        BigDecimalField ytd = new BigDecimalField(getTranslation("measure.field.ytd"));
        TextArea note = new TextArea(getTranslation("measure.field.note"));
        note.setMaxLength(500);
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.setVisible(false);
        Runnable fill = () -> {
            PeriodValue current = current(r, period, series.getValue() == null ? "" : series.getValue());
            value.setValue(current == null ? null : current.value());
            ytd.setValue(current == null ? null : current.yearToDate());
            note.setValue(current == null || current.note() == null ? "" : current.note());
        };
        fill.run();
        series.addValueChangeListener(e -> fill.run());
        Button save = new Button(getTranslation("measure.save"), e -> {
            value.setInvalid(false);
            ytd.setInvalid(false);
            String s = series.getValue() == null ? "" : series.getValue();
            PeriodValue current = current(r, period, s);
            if (value.getValue() == null) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("measure.value.required"));
                return;
            }
            try {
                measures.enterValue(new ValueEntry(r.id(), period.id(), s, current == null ? 0 : current.version(),
                        value.getValue(), ytd.getValue(), note.getValue()));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                String key = ex.fieldMessageKeys().values().iterator().next();
                BigDecimalField field = ex.fieldMessageKeys().containsKey("yearToDate") ? ytd : value;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(key));
                problem.setText(getTranslation(key));
                problem.setVisible(true);
            } catch (EditConflictException ex) {
                problem.setText(getTranslation("measure.conflict"));
                problem.setVisible(true);
                refresh();
            } catch (ConstraintViolationException ex) {
                problem.setText(getTranslation("measure.note.tooLong"));
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("measure.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(what, series, value, ytd, note, problem));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private @Nullable PeriodValue current(MeasureRow r, PeriodRef period, String series) {
        return r.history().stream().filter(h -> h.periodId() == period.id() && h.series().equals(series)).findFirst()
                .orElse(null);
    }

    /** The shown value of the overall line, for tests. */
    static @Nullable BigDecimal overall(MeasureRow r) {
        return r.lines().stream().filter(l -> l.series().isEmpty()).map(SeriesLine::now)
                .filter(v -> v != null).map(PeriodValue::value).findFirst().orElse(null);
    }
}

package app.tandem.measure.ui;

import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.SurveyFeed;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PriorityView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Add or change a measure of success: what it counts, its unit and which way is better, baseline
 * and target (per part when it has a breakdown), the "close to target" band, links to priorities
 * and actions, and whether officers enter it or a survey feeds it. The service checks everything;
 * problems show at the top (each linking to its field) and beside the field. If someone else saved
 * first, nothing is overwritten and what was typed stays.
 */
@Route("plans/:planId(\\d+)/measures/edit/:measureId?(\\d+)")
@RolesAllowed({"ADMIN", "OFFICER"})
class MeasureEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService measures;
    private final PlanService plans;
    private final ObjectProvider<SurveyFeedChooser> surveyChooser;

    final TextField ref = new TextField();
    final TextArea indicator = new TextArea();
    final Select<Unit> unit = new Select<>();
    final RadioButtonGroup<Better> better = new RadioButtonGroup<>();
    final BigDecimalField baselineValue = new BigDecimalField();
    final DatePicker baselineDate = new DatePicker();
    final TextField baselineNote = new TextField();
    final BigDecimalField targetValue = new BigDecimalField();
    final DatePicker targetDate = new DatePicker();
    final BigDecimalField closePercent = new BigDecimalField();
    final TextArea series = new TextArea();
    final Div seriesNumbers = new Div();
    final List<BigDecimalField> seriesBaselineFields = new ArrayList<>();
    final List<BigDecimalField> seriesTargetFields = new ArrayList<>();
    final MultiSelectComboBox<PriorityView> priorities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ActionRow> actions = new MultiSelectComboBox<>();
    final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    final Div surveyBox = new Div();
    @Nullable SurveyFeedChooser chooser;
    final Button save = new Button();
    final ErrorSummary errorSummary = new ErrorSummary();

    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();
    private long planId;
    private @Nullable Long measureId;
    private long version;
    private String heading = "";

    MeasureEditView(MeasureService measures, PlanService plans, ObjectProvider<SurveyFeedChooser> surveyChooser) {
        this.measures = measures;
        this.plans = plans;
        this.surveyChooser = surveyChooser;
        addClassName("edit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        measureId = event.getRouteParameters().getLong("measureId").orElse(null);
        PlanDetail plan = plans.getPlan(planId);
        MeasureRow m = measureId == null ? null : measures.getMeasure(measureId);
        heading = m == null ? getTranslation("measure.edit.newHeading")
                : getTranslation("measure.edit.heading", m.ref());
        build(plan);
        fill(m);
    }

    private void build(PlanDetail plan) {
        removeAll();
        fieldsByName.clear();
        add(new Anchor("plans/" + planId + "/measures", getTranslation("measure.edit.back")));
        add(new H1(heading));
        errorSummary.setVisible(false);
        add(errorSummary);

        setup(ref, "ref", "measure.edit.ref", true);
        ref.setHelperText(getTranslation("measure.edit.ref.help"));
        ref.setMaxLength(20);
        setup(indicator, "indicator", "measure.edit.indicator", true);
        indicator.setMaxLength(500);
        setup(unit, "unit", "measure.edit.unit", true);
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("measure.unitName." + u.name()));
        setup(better, "better", "measure.edit.better", true);
        better.setItems(Better.values());
        better.setItemLabelGenerator(b -> getTranslation("measure.edit.better." + b.name()));
        setup(baselineValue, "baselineValue", "measure.edit.baselineValue", false);
        setup(baselineDate, "baselineDate", "measure.edit.baselineDate", false);
        setup(baselineNote, "baselineNote", "measure.edit.baselineNote", false);
        baselineNote.setMaxLength(200);
        setup(targetValue, "targetValue", "measure.edit.targetValue", false);
        setup(targetDate, "targetDate", "measure.edit.targetDate", false);
        setup(closePercent, "closePercent", "measure.edit.closePercent", false);
        closePercent.setHelperText(getTranslation("measure.edit.closePercent.help"));
        setup(series, "series", "measure.edit.series", false);
        series.setHelperText(getTranslation("measure.edit.series.help"));
        series.addValueChangeListener(e -> rebuildSeriesNumbers(currentNumbers(seriesBaselineFields),
                currentNumbers(seriesTargetFields)));
        seriesNumbers.setId("field-seriesTargets");
        fieldsByName.put("seriesTargets", seriesNumbers);
        fieldsByName.put("seriesBaselines", seriesNumbers);
        setup(priorities, "priorityIds", "measure.edit.priorities", false);
        priorities.setItems(plan.priorities());
        priorities.setItemLabelGenerator(p -> p.number() + " " + p.title());
        setup(actions, "actionIds", "measure.edit.actions", false);
        actions.setItems(plans.findActions(planId, ActionFilter.none(), 0, 10_000));
        actions.setItemLabelGenerator(a -> (a.ref() == null ? "" : a.ref() + " ") + a.title());
        setup(source, "source", "measure.edit.source", true);
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation("measure.edit.source." + s.name()));
        source.addValueChangeListener(e -> surveyBox.setVisible(e.getValue() == Source.SURVEY));

        FormLayout what = new FormLayout(ref, unit, indicator, better);
        FormLayout numbers = new FormLayout(baselineValue, baselineDate, baselineNote, targetValue, targetDate, closePercent);
        FormLayout links = new FormLayout(priorities, actions);
        for (FormLayout f : List.of(what, numbers, links)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        }
        what.setColspan(indicator, 2);
        what.setColspan(better, 2);
        add(new H2(getTranslation("measure.edit.section.what")), what,
                new H2(getTranslation("measure.edit.section.numbers")), numbers,
                new H2(getTranslation("measure.edit.section.series")), series, seriesNumbers,
                new H2(getTranslation("measure.edit.section.links")), links,
                new H2(getTranslation("measure.edit.section.source")), source, surveyBox);

        surveyBox.removeAll();
        chooser = surveyChooser.getIfAvailable();
        if (chooser != null) {
            surveyBox.add(chooser.create(planId, fieldsByName));
        } else {
            surveyBox.add(new Paragraph(getTranslation("measure.edit.noSurveys")));
        }

        save.setText(getTranslation("measure.edit.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setDisableOnClick(true);
        Anchor cancel = new Anchor("plans/" + planId + "/measures", getTranslation("measure.cancel"));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setAlignItems(Alignment.CENTER);
        add(buttons);
    }

    private void setup(Component field, String name, String labelKey, boolean required) {
        field.setId("field-" + name);
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        // Not on a Select: it puts aria-required on a role=button (axe aria-allowed-attr); ours always have a value.
        if (field instanceof HasValue<?, ?> value && !(field instanceof Select)) {
            value.setRequiredIndicatorVisible(required);
        }
        if (field instanceof TextArea area) {
            area.setWidthFull();
        }
        fieldsByName.put(name, field);
    }

    private void fill(@Nullable MeasureRow m) {
        if (m == null) {
            version = 0;
            unit.setValue(Unit.PERCENT);
            better.setValue(Better.HIGHER);
            source.setValue(Source.OFFICER);
            closePercent.setValue(BigDecimal.valueOf(5));
            surveyBox.setVisible(false);
            rebuildSeriesNumbers(List.of(), List.of());
            return;
        }
        version = m.version();
        ref.setValue(m.ref());
        indicator.setValue(m.indicator());
        unit.setValue(m.unit());
        better.setValue(m.better());
        baselineValue.setValue(m.baselineValue());
        baselineDate.setValue(m.baselineDate());
        baselineNote.setValue(m.baselineNote() == null ? "" : m.baselineNote());
        targetValue.setValue(m.targetValue());
        targetDate.setValue(m.targetDate());
        closePercent.setValue(m.closePercent());
        series.setValue(String.join("\n", m.series()));
        rebuildSeriesNumbers(m.seriesBaselines(), m.seriesTargets());
        Set<Long> priorityIds = Set.copyOf(m.priorityIds());
        priorities.setValue(priorities.getListDataView().getItems().filter(p -> priorityIds.contains(p.id()))
                .collect(Collectors.toSet()));
        Set<Long> actionIds = Set.copyOf(m.actionIds());
        actions.setValue(actions.getListDataView().getItems().filter(a -> actionIds.contains(a.id()))
                .collect(Collectors.toSet()));
        source.setValue(m.source());
        surveyBox.setVisible(m.source() == Source.SURVEY);
        if (chooser != null) {
            chooser.setValue(m.survey());
        }
    }

    List<String> seriesNames() {
        return Arrays.stream(series.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The numbers typed so far, in order, so adding a part keeps them. */
    private static List<@Nullable BigDecimal> currentNumbers(List<BigDecimalField> fields) {
        List<@Nullable BigDecimal> out = new ArrayList<>();
        fields.forEach(f -> out.add(f.getValue()));
        return out;
    }

    private void rebuildSeriesNumbers(List<@Nullable BigDecimal> baselines, List<@Nullable BigDecimal> targets) {
        seriesNumbers.removeAll();
        seriesBaselineFields.clear();
        seriesTargetFields.clear();
        List<String> names = seriesNames();
        if (names.isEmpty()) {
            seriesNumbers.setVisible(false);
            return;
        }
        seriesNumbers.setVisible(true);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (int i = 0; i < names.size(); i++) {
            BigDecimalField b = new BigDecimalField(getTranslation("measure.edit.seriesBaseline", names.get(i)));
            BigDecimalField t = new BigDecimalField(getTranslation("measure.edit.seriesTarget", names.get(i)));
            b.setValue(i < baselines.size() ? baselines.get(i) : null);
            t.setValue(i < targets.size() ? targets.get(i) : null);
            seriesBaselineFields.add(b);
            seriesTargetFields.add(t);
            form.add(b, t);
        }
        seriesNumbers.add(new Paragraph(getTranslation("measure.edit.seriesNumbers.help")), form);
    }

    MeasureEdit edit() {
        SurveyFeed feed = source.getValue() == Source.SURVEY && chooser != null ? chooser.getValue() : null;
        return new MeasureEdit(version, ref.getValue(), indicator.getValue(), unit.getValue(), better.getValue(),
                baselineValue.getValue(), baselineDate.getValue(),
                baselineNote.getValue().isBlank() ? null : baselineNote.getValue().strip(), targetValue.getValue(),
                targetDate.getValue(), closePercent.getValue(), source.getValue() == null ? Source.OFFICER : source.getValue(),
                seriesNames(), priorities.getValue().stream().map(PriorityView::id).sorted().toList(),
                actions.getValue().stream().map(ActionRow::id).sorted().toList(),
                seriesBaselineFields.stream().map(BigDecimalField::getValue).toList(),
                seriesTargetFields.stream().map(BigDecimalField::getValue).toList(), feed);
    }

    void save() {
        errorSummary.clear(fieldsByName);
        try {
            MeasureRow saved = measureId == null ? measures.addMeasure(planId, edit())
                    : measures.updateMeasure(measureId, edit());
            Notification.show(getTranslation("measure.edit.saved", saved.ref()), 4000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate("plans/" + planId + "/measures"));
        } catch (ConstraintViolationException | InvalidInputException e) {
            errorSummary.show(getTranslation("measure.edit.errors"),
                    FieldErrors.of(e, this::getTranslation, MeasureEditView::field).orElseThrow(), fieldsByName,
                    f -> getTranslation("measure.edit.field." + f));
        } catch (EditConflictException e) {
            Button reload = new Button(getTranslation("measure.edit.conflict.reload"), click -> {
                MeasureRow latest = measures.getMeasure(Objects.requireNonNull(measureId));
                build(plans.getPlan(planId));
                fill(latest);
            });
            errorSummary.showContent(new H2(getTranslation("measure.edit.conflict.title")),
                    new Paragraph(getTranslation("measure.edit.conflict.body")), reload);
        } finally {
            save.setEnabled(true);
        }
    }

    /** "addMeasure.edit.series[1].<list element>" → "series"; "updateMeasure.edit.survey.method" → "method". */
    static String field(String path) {
        for (String list : List.of("series", "seriesBaselines", "seriesTargets", "priorityIds", "actionIds")) {
            if (path.contains("." + list + "[")) {
                return list;
            }
        }
        if (path.contains(".optionCodes[")) {
            return "surveyOptions";
        }
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}

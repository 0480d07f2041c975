package app.tandem.survey.ui;

import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SectionView;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.SurveyLink;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Build a survey: its own fields first (title, audience, introduction, minutes, easy read); once
 * saved, its sections and questions (add, change, move up and down, remove; each question type with
 * its options, help, required, prefer not to say, show-if), a preview, and its waves with open and
 * close dates, reporting period and an anonymous link shown once. Every button is a real button;
 * the server checks everything and problems show at the top and beside the field.
 */
@Route("plans/:planId(\\d+)/surveys/build/:surveyId?(\\d+)")
@RolesAllowed({"ADMIN", "OFFICER"})
class SurveyBuilderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final SurveyService surveys;
    private final PlanService plans;
    private final ReportService reports;

    final TextField title = new TextField();
    final Select<Audience> audience = new Select<>();
    final TextArea introduction = new TextArea();
    final IntegerField minutes = new IntegerField();
    final Checkbox easyRead = new Checkbox();
    final ErrorSummary errorSummary = new ErrorSummary();
    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();

    long planId;
    @Nullable SurveyDefinition survey;
    private String heading = "";
    /** The anonymous link made last, shown once in a read-only field. */
    @Nullable SurveyLink lastLink;

    SurveyBuilderView(SurveyService surveys, PlanService plans, ReportService reports) {
        this.surveys = surveys;
        this.plans = plans;
        this.reports = reports;
        addClassName("edit-page");
        addClassName("survey-builder");
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        Long surveyId = event.getRouteParameters().getLong("surveyId").orElse(null);
        plans.getPlan(planId);
        survey = surveyId == null ? null : surveys.definition(surveyId);
        if (survey != null && survey.planId() != planId) {
            throw new NotFoundException("survey " + surveyId);
        }
        lastLink = null;
        render();
    }

    void render() {
        removeAll();
        fieldsByName.clear();
        SurveyDefinition s = survey;
        heading = s == null ? getTranslation("surveyAdmin.build.newHeading") : getTranslation("surveyAdmin.build.heading", s.title());
        add(new Anchor("plans/" + planId + "/surveys", getTranslation("surveyAdmin.backToSurveys")));
        add(new H1(heading));
        errorSummary.setVisible(false);
        add(errorSummary);
        add(detailsForm(s));
        if (s == null) {
            add(new Paragraph(getTranslation("surveyAdmin.build.saveFirst")));
            return;
        }
        add(new Paragraph(new Anchor("surveys/" + s.id() + "/preview", getTranslation("surveyAdmin.preview"))));
        add(questions(s));
        add(waves(s));
    }

    // ------------------------------------------------------------------------------ survey fields

    private Component detailsForm(@Nullable SurveyDefinition s) {
        setup(title, "title", "surveyAdmin.field.title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        setup(audience, "audience", "surveyAdmin.field.audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("surveyAdmin.audience." + a.name()));
        // No required indicator on a Select: it puts aria-required on a role=button (axe aria-allowed-attr);
        // it always has a value anyway.
        setup(introduction, "introduction", "surveyAdmin.field.introduction");
        introduction.setMaxLength(2000);
        introduction.setWidthFull();
        setup(minutes, "minutes", "surveyAdmin.field.minutes");
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(false);
        setup(easyRead, "easyRead", "surveyAdmin.field.easyRead");
        easyRead.setHelperText(getTranslation("surveyAdmin.field.easyRead.help"));
        title.setValue(s == null ? "" : s.title());
        audience.setValue(s == null ? Audience.PARENTS_CARERS : s.audience());
        introduction.setValue(s == null || s.introduction() == null ? "" : s.introduction());
        minutes.setValue(s == null ? 5 : s.minutes());
        easyRead.setValue(s != null && s.easyRead());
        FormLayout form = new FormLayout(title, audience, minutes, easyRead, introduction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(introduction, 2);
        Button save = new Button(getTranslation(s == null ? "surveyAdmin.build.create" : "surveyAdmin.build.saveDetails"),
                e -> saveDetails());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div box = new Div(new H2(getTranslation("surveyAdmin.build.details")), form, save);
        box.addClassName("section");
        return box;
    }

    private void setup(Component field, String name, String labelKey) {
        field.setId("field-" + name);
        if (field instanceof com.vaadin.flow.component.HasLabel l) {
            l.setLabel(getTranslation(labelKey));
        }
        fieldsByName.put(name, field);
    }

    void saveDetails() {
        errorSummary.clear(fieldsByName);
        SurveyDefinition s = survey;
        SurveyEdit edit = new SurveyEdit(s == null ? 0 : s.version(), planId, title.getValue(), audience.getValue(),
                introduction.getValue().isBlank() ? null : introduction.getValue().strip(),
                minutes.getValue() == null ? 0 : minutes.getValue(), easyRead.getValue());
        try {
            SurveyDefinition saved = s == null ? surveys.createSurvey(edit) : surveys.updateSurvey(s.id(), edit);
            Notification.show(getTranslation("surveyAdmin.build.saved"), 3000, Notification.Position.TOP_CENTER);
            if (s == null) {
                getUI().ifPresent(ui -> ui.navigate("plans/" + planId + "/surveys/build/" + saved.id()));
            } else {
                survey = saved;
                render();
            }
        } catch (ConstraintViolationException | InvalidInputException e) {
            errorSummary.show(getTranslation("surveyAdmin.errors"), FieldErrors.of(e, this::getTranslation).orElseThrow(),
                    fieldsByName, f -> f);
        } catch (EditConflictException e) {
            conflict();
        }
    }

    void conflict() {
        Button reload = new Button(getTranslation("surveyAdmin.conflict.reload"), click -> reload());
        errorSummary.showContent(new H2(getTranslation("surveyAdmin.conflict.title")),
                new Paragraph(getTranslation("surveyAdmin.conflict.body")), reload);
    }

    void reload() {
        if (survey != null) {
            survey = surveys.definition(survey.id());
        }
        render();
    }

    /** Runs a builder command; problems go into the page's error summary (or the dialog's own). */
    boolean run(Runnable command, @Nullable ErrorSummary summary, Map<String, ? extends Component> fields) {
        ErrorSummary box = summary == null ? errorSummary : summary;
        box.clear(fields);
        try {
            command.run();
            return true;
        } catch (ConstraintViolationException | InvalidInputException e) {
            box.show(getTranslation("surveyAdmin.errors"), FieldErrors.of(e, this::getTranslation, QuestionDialog::field)
                    .orElseThrow(), fields, f -> getTranslation("surveyAdmin.field." + f));
        } catch (EditConflictException e) {
            if (summary == null) {
                conflict();
            } else {
                summary.showContent(new H2(getTranslation("surveyAdmin.conflict.title")),
                        new Paragraph(getTranslation("surveyAdmin.conflict.body")));
            }
        }
        return false;
    }

    /** After a command changed the definition: show the new one. */
    void changed(SurveyDefinition latest) {
        survey = latest;
        render();
    }

    // ------------------------------------------------------------------------------ sections and questions

    private Component questions(SurveyDefinition s) {
        Div box = new Div();
        box.addClassNames("section", "survey-questions");
        box.add(new H2(getTranslation("surveyAdmin.build.questions")));
        if (s.sections().isEmpty()) {
            box.add(new Paragraph(getTranslation("surveyAdmin.build.noSections")));
        }
        int sectionNumber = 0;
        for (SectionView section : s.sections()) {
            sectionNumber++;
            int si = sectionNumber - 1;
            Div block = new Div();
            block.addClassName("survey-section");
            block.add(new H3(getTranslation("surveyAdmin.section.heading", sectionNumber, section.title())));
            if (section.introduction() != null) {
                block.add(new Paragraph(section.introduction()));
            }
            block.add(buttons(
                    button("surveyAdmin.section.change", section.title(), () -> sectionDialog(section)),
                    si > 0 ? button("surveyAdmin.moveUp", section.title(),
                            () -> apply(() -> surveys.moveSection(section.id(), si - 1))) : null,
                    si < s.sections().size() - 1 ? button("surveyAdmin.moveDown", section.title(),
                            () -> apply(() -> surveys.moveSection(section.id(), si + 1))) : null,
                    button("surveyAdmin.remove", section.title(),
                            () -> apply(() -> surveys.removeSection(section.id(), section.version())))));
            OrderedList list = new OrderedList();
            list.addClassName("survey-question-list");
            List<QuestionView> qs = section.questions();
            for (int i = 0; i < qs.size(); i++) {
                QuestionView q = qs.get(i);
                int qi = i;
                ListItem item = new ListItem();
                item.addClassName("survey-question");
                item.add(new Paragraph(new Span(q.text())));
                item.add(new Paragraph(QuestionDialog.describe(this, q, s)));
                item.add(buttons(
                        button("surveyAdmin.question.change", q.text(), () -> questionDialog(section, q)),
                        qi > 0 ? button("surveyAdmin.moveUp", q.text(),
                                () -> apply(() -> surveys.moveQuestion(q.id(), section.id(), qi - 1))) : null,
                        qi < qs.size() - 1 ? button("surveyAdmin.moveDown", q.text(),
                                () -> apply(() -> surveys.moveQuestion(q.id(), section.id(), qi + 1))) : null,
                        si > 0 ? button("surveyAdmin.question.toPrevious", q.text(),
                                () -> apply(() -> surveys.moveQuestion(q.id(), s.sections().get(si - 1).id(),
                                        s.sections().get(si - 1).questions().size()))) : null,
                        button("surveyAdmin.remove", q.text(), () -> apply(() -> surveys.removeQuestion(q.id(), q.version())))));
                list.add(item);
            }
            block.add(list);
            Button addQuestion = new Button(getTranslation("surveyAdmin.question.add"), e -> questionDialog(section, null));
            addQuestion.getElement().setAttribute("aria-label", getTranslation("surveyAdmin.question.addTo", section.title()));
            block.add(addQuestion);
            box.add(block);
        }
        Button addSection = new Button(getTranslation("surveyAdmin.section.add"), e -> sectionDialog(null));
        box.add(addSection);
        return box;
    }

    private @Nullable Button button(String key, String what, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY);
        b.getElement().setAttribute("aria-label", getTranslation(key + ".named", what));
        return b;
    }

    private static FlexLayout buttons(@Nullable Button... buttons) {
        FlexLayout row = new FlexLayout();
        row.addClassName("survey-buttons");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (Button b : buttons) {
            if (b != null) {
                row.add(b);
            }
        }
        return row;
    }

    private void apply(java.util.function.Supplier<SurveyDefinition> command) {
        SurveyDefinition[] out = new SurveyDefinition[1];
        if (run(() -> out[0] = command.get(), null, fieldsByName)) {
            changed(out[0]);
        }
    }

    void sectionDialog(@Nullable SectionView section) {
        SurveyDefinition s = Objects.requireNonNull(survey);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(section == null ? "surveyAdmin.section.add" : "surveyAdmin.section.change"));
        ErrorSummary problems = new ErrorSummary();
        TextField sectionTitle = new TextField(getTranslation("surveyAdmin.field.sectionTitle"));
        sectionTitle.setId("field-section-title");
        sectionTitle.setRequiredIndicatorVisible(true);
        sectionTitle.setMaxLength(200);
        TextArea intro = new TextArea(getTranslation("surveyAdmin.field.sectionIntroduction"));
        intro.setId("field-section-introduction");
        intro.setMaxLength(1000);
        if (section != null) {
            sectionTitle.setValue(section.title());
            intro.setValue(section.introduction() == null ? "" : section.introduction());
        }
        Map<String, Component> fields = Map.of("title", sectionTitle, "introduction", intro);
        Button save = new Button(getTranslation("surveyAdmin.section.save"), e -> {
            SectionEdit edit = new SectionEdit(section == null ? 0 : section.version(), sectionTitle.getValue(),
                    intro.getValue().isBlank() ? null : intro.getValue().strip());
            SurveyDefinition[] out = new SurveyDefinition[1];
            if (run(() -> out[0] = section == null ? surveys.addSection(s.id(), edit) : surveys.updateSection(section.id(), edit),
                    problems, fields)) {
                dialog.close();
                changed(out[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(problems, sectionTitle, intro));
        dialog.getFooter().add(new Button(getTranslation("surveyAdmin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void questionDialog(SectionView section, @Nullable QuestionView question) {
        new QuestionDialog(this, Objects.requireNonNull(survey), section, question).open();
    }

    // ------------------------------------------------------------------------------ waves

    private Component waves(SurveyDefinition s) {
        Div box = new Div();
        box.addClassNames("section", "survey-waves");
        box.add(new H2(getTranslation("surveyAdmin.wave.title")));
        box.add(new Paragraph(getTranslation("surveyAdmin.wave.intro")));
        List<WaveView> list = surveys.waves(s.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("surveyAdmin.wave.none")));
        }
        for (WaveView w : list) {
            Div one = new Div();
            one.addClassName("survey-wave");
            one.add(new H3(w.name()));
            one.add(new Paragraph(Words.wave(this, w)));
            one.add(buttons(button("surveyAdmin.wave.change", w.name(), () -> waveDialog(w)),
                    w.status() == app.tandem.survey.WaveStatus.CLOSED ? null
                            : button(w.hasLink() ? "surveyAdmin.wave.newLink" : "surveyAdmin.wave.link", w.name(),
                                    () -> makeLink(w))));
            if (lastLink != null && lastLink.waveId() == w.id()) {
                TextField url = new TextField(getTranslation("surveyAdmin.wave.linkField"));
                url.setId("field-link");
                url.setReadOnly(true);
                url.setWidthFull();
                url.setValue(absolute(lastLink.path()));
                url.setHelperText(getTranslation("surveyAdmin.wave.linkHelp", Words.DAY.format(lastLink.expiresAfter())));
                one.add(url);
            }
            box.add(one);
        }
        box.add(new Button(getTranslation("surveyAdmin.wave.add"), e -> waveDialog(null)));
        return box;
    }

    /** The full address to copy: this server's scheme, host and port, then the link's path. */
    static String absolute(String path) {
        var r = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (r == null) {
            return "/" + path;
        }
        int port = r.getServerPort();
        boolean usual = (port == 80 && "http".equals(r.getScheme())) || (port == 443 && "https".equals(r.getScheme()));
        return r.getScheme() + "://" + r.getServerName() + (usual ? "" : ":" + port) + r.getContextPath() + "/" + path;
    }

    void makeLink(WaveView w) {
        SurveyLink[] out = new SurveyLink[1];
        if (run(() -> out[0] = surveys.openLink(w.id()), null, fieldsByName)) {
            lastLink = out[0];
            render();
        }
    }

    void waveDialog(@Nullable WaveView wave) {
        SurveyDefinition s = Objects.requireNonNull(survey);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(wave == null ? "surveyAdmin.wave.add" : "surveyAdmin.wave.change"));
        ErrorSummary problems = new ErrorSummary();
        TextField name = new TextField(getTranslation("surveyAdmin.field.waveName"));
        name.setId("field-wave-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        Select<PeriodView> period = new Select<>();
        period.setLabel(getTranslation("surveyAdmin.field.period"));
        period.setId("field-wave-period");
        period.setItems(reports.periodsOfPlan(planId));
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("surveyAdmin.field.noPeriod"));
        period.setItemLabelGenerator(p -> p == null ? getTranslation("surveyAdmin.field.noPeriod") : p.name());
        period.setHelperText(getTranslation("surveyAdmin.field.period.help"));
        DatePicker opens = new DatePicker(getTranslation("surveyAdmin.field.opens"));
        opens.setId("field-wave-opens");
        opens.setRequiredIndicatorVisible(true);
        DatePicker closes = new DatePicker(getTranslation("surveyAdmin.field.closes"));
        closes.setId("field-wave-closes");
        closes.setRequiredIndicatorVisible(true);
        if (wave != null) {
            name.setValue(wave.name());
            period.getListDataView().getItems().filter(p -> wave.periodId() != null && p.id() == wave.periodId()).findFirst()
                    .ifPresent(period::setValue);
            opens.setValue(wave.opens());
            closes.setValue(wave.closes());
        } else {
            opens.setValue(LocalDate.now());
        }
        Map<String, Component> fields = Map.of("name", name, "periodId", period, "opens", opens, "closes", closes);
        Button save = new Button(getTranslation("surveyAdmin.wave.save"), e -> {
            WaveEdit edit = new WaveEdit(wave == null ? 0 : wave.version(), name.getValue(),
                    period.getValue() == null ? null : period.getValue().id(), opens.getValue(), closes.getValue());
            if (run(() -> {
                if (wave == null) {
                    surveys.createWave(s.id(), edit);
                } else {
                    surveys.updateWave(wave.id(), edit);
                }
            }, problems, fields)) {
                dialog.close();
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(problems, name, period, opens, closes));
        dialog.getFooter().add(new Button(getTranslation("surveyAdmin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}

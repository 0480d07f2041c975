package app.tandem.survey.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.base.ui.SvgChart;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.ModerationState;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SurveySummary;
import app.tandem.survey.SurveyViews.TextAnswer;
import app.tandem.survey.SurveyViews.WaveResults;
import app.tandem.survey.SurveyViews.WaveView;
import app.tandem.survey.ui.Figures.Line;
import app.tandem.survey.ui.Figures.QuestionFigures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A plan's survey results: choose the audience, survey and wave; then per question how many people
 * answered, each answer's count and per cent as a chart WITH a table of the same numbers, "prefer
 * not to say" apart, the average where there is one, and written answers that passed moderation
 * (admins also see held ones, with the moderation buttons). People who are not officers or admins
 * see the small-numbers rule applied ("fewer than 5"); so do both downloads, which are for sharing.
 */
@Route("plans/:planId(\\d+)/survey-results")
@RolesAllowed({"ADMIN", "OFFICER", "VIEWER"})
class SurveyResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final PlanService plans;
    private final CurrentUser currentUser;

    final Select<Audience> audience = new Select<>();
    final Select<SurveySummary> survey = new Select<>();
    final Select<WaveView> wave = new Select<>();
    final Div results = new Div();
    long planId;
    List<SurveySummary> all = List.of();
    @Nullable WaveResults shown;
    boolean shared;

    SurveyResultsView(SurveyService surveys, PlanService plans, CurrentUser currentUser) {
        this.surveys = surveys;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("survey-results");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveyAdmin.results.title") + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        var query = event.getLocation().getQueryParameters();
        Long surveyId = query.getSingleParameter("survey").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        Long waveId = query.getSingleParameter("wave").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        shared = currentUser.get().map(u -> !u.hasRole(Role.ADMIN) && !u.hasRole(Role.OFFICER)).orElse(true);
        String planTitle = plans.getPlan(planId).title();
        all = surveys.surveysOfPlan(planId);
        removeAll();
        add(new Anchor("plans/" + planId + "/surveys", getTranslation("surveyAdmin.backToSurveys")));
        add(new H1(getTranslation("surveyAdmin.results.title")));
        add(new Paragraph(getTranslation("surveyAdmin.results.intro", planTitle)));
        if (shared) {
            add(new Paragraph(getTranslation("surveyAdmin.results.sharedRule")));
        } else {
            add(new Paragraph(getTranslation("surveyAdmin.results.officerRule")));
        }
        audience.setLabel(getTranslation("surveyAdmin.filter.audience"));
        audience.setItems(Audience.values());
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("surveyAdmin.filter.allAudiences"));
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("surveyAdmin.filter.allAudiences")
                : getTranslation("surveyAdmin.audience." + a.name()));
        survey.setLabel(getTranslation("surveyAdmin.filter.survey"));
        survey.setItemLabelGenerator(SurveySummary::title);
        wave.setLabel(getTranslation("surveyAdmin.filter.wave"));
        wave.setItemLabelGenerator(WaveView::name);
        FlexLayout filters = new FlexLayout(audience, survey, wave);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(filters, results);

        audience.addValueChangeListener(e -> {
            List<SurveySummary> list = all.stream().filter(s -> e.getValue() == null || s.audience() == e.getValue()).toList();
            survey.setItems(list);
            survey.setValue(list.isEmpty() ? null : list.getFirst());
        });
        survey.addValueChangeListener(e -> {
            List<WaveView> waves = e.getValue() == null ? List.of() : e.getValue().waves();
            wave.setItems(waves);
            wave.setValue(waves.isEmpty() ? null : waves.getLast());
        });
        wave.addValueChangeListener(e -> show(e.getValue()));

        SurveySummary first = surveyId == null ? (all.isEmpty() ? null : all.getFirst())
                : all.stream().filter(s -> s.id() == surveyId).findFirst().orElse(null);
        survey.setItems(all);
        if (first == null) {
            show(null);
            return;
        }
        survey.setValue(first);
        if (waveId != null) {
            first.waves().stream().filter(w -> w.id() == waveId).findFirst().ifPresent(wave::setValue);
        }
    }

    void show(@Nullable WaveView w) {
        results.removeAll();
        shown = null;
        if (w == null) {
            results.add(new Paragraph(getTranslation(all.isEmpty() ? "surveyAdmin.list.none" : "surveyAdmin.results.noWave")));
            return;
        }
        WaveResults r = surveys.results(w.id());
        shown = r;
        results.add(new H2(getTranslation("surveyAdmin.results.waveHeading", r.definition().title(), w.name())));
        results.add(new Paragraph(getTranslation("surveyAdmin.results.responses", Words.wave(this, w))));
        results.add(downloads(w.id()));
        int number = 0;
        for (QuestionView q : r.definition().questions()) {
            number++;
            results.add(question(number, Figures.of(q, r.tally(q.id()), shared), w.id()));
        }
    }

    private Component downloads(long waveId) {
        FlexLayout row = new FlexLayout(download(getTranslation("surveyAdmin.results.csv"),
                () -> ResultsExport.csv(surveys.results(waveId), visibleTexts(waveId)), "survey-results.csv", "text/csv"),
                download(getTranslation("surveyAdmin.results.xlsx"),
                        () -> ResultsExport.xlsx(surveys.results(waveId), visibleTexts(waveId)), "survey-results.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        row.addClassName("downloads");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Div box = new Div(row, new Paragraph(getTranslation("surveyAdmin.results.downloadsRule")));
        return box;
    }

    /** Written answers everyone may read: those that passed moderation, never held or removed ones. */
    Map<Long, List<TextAnswer>> visibleTexts(long waveId) {
        Map<Long, List<TextAnswer>> out = new LinkedHashMap<>();
        WaveResults r = surveys.results(waveId);
        for (QuestionView q : r.definition().questions()) {
            if (q.type().isText()) {
                out.put(q.id(), surveys.textAnswers(waveId, q.id()).stream().filter(t -> t.state() == ModerationState.VISIBLE)
                        .toList());
            }
        }
        return out;
    }

    static Anchor download(String text, Supplier<byte[]> bytes, String fileName, String contentType) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, contentType, b.length);
        }), text);
        a.addClassName("download");
        return a;
    }

    private Component question(int number, QuestionFigures f, long waveId) {
        QuestionView q = f.question();
        Div block = new Div();
        block.addClassNames("section", "survey-result");
        block.add(new H3(getTranslation("surveyAdmin.results.question", number, q.text())));
        if (f.withheld()) {
            block.add(new Paragraph(getTranslation("surveyAdmin.results.withheld")));
            return block;
        }
        block.add(new Paragraph(getTranslation("surveyAdmin.results.answered", f.respondents())
                + (q.preferNotToSay() ? " " + (f.preferNotToSay() == null ? getTranslation("surveyAdmin.results.pntsFew")
                        : getTranslation("surveyAdmin.results.pnts", f.preferNotToSay())) : "")));
        if (f.mean() != null) {
            block.add(new Paragraph(getTranslation("surveyAdmin.results.mean", f.mean().toPlainString())));
        }
        if (!f.lines().isEmpty() && f.respondents() > 0) {
            List<String> names = new ArrayList<>();
            List<Number> values = new ArrayList<>();
            for (Line l : f.lines()) {
                if (!l.withheld()) {
                    names.add(l.label());
                    values.add(l.percent() == null ? BigDecimal.ZERO : l.percent());
                }
            }
            if (!names.isEmpty()) {
                block.add(SvgChart.image(SvgChart.barChart(getTranslation("surveyAdmin.results.chartTitle", number),
                        getTranslation("surveyAdmin.results.col.answer"), getTranslation("surveyAdmin.results.col.percent"),
                        names, List.of(new SvgChart.Series(getTranslation("surveyAdmin.results.col.percent"), "#1d70b8", values)),
                        false, 640, 280), getTranslation("surveyAdmin.results.chartAlt", number)));
            }
            Grid<Line> table = new Grid<>();
            table.addColumn(Line::label).setHeader(getTranslation("surveyAdmin.results.col.answer")).setFlexGrow(3);
            table.addColumn(l -> l.withheld() ? getTranslation("surveyAdmin.results.fewer") : String.valueOf(l.shownCount()))
                    .setHeader(getTranslation("surveyAdmin.results.col.people")).setFlexGrow(1);
            table.addColumn(l -> l.withheld() || l.percent() == null ? "" : getTranslation("surveyAdmin.results.percent", l.percent()))
                    .setHeader(getTranslation("surveyAdmin.results.col.percent")).setFlexGrow(1);
            table.setItems(f.lines());
            table.setAllRowsVisible(true);
            table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            table.setAriaLabel(getTranslation("surveyAdmin.results.tableLabel", number));
            block.add(table);
            if (q.type() == app.tandem.survey.QuestionType.MULTIPLE_CHOICE) {
                block.add(new Paragraph(getTranslation("surveyAdmin.results.multiple")));
            }
        }
        if (q.type().isText()) {
            block.add(texts(q, waveId));
        }
        return block;
    }

    private Component texts(QuestionView q, long waveId) {
        Div box = new Div();
        List<TextAnswer> answers = surveys.textAnswers(waveId, q.id());
        List<TextAnswer> visible = answers.stream().filter(t -> t.state() == ModerationState.VISIBLE).toList();
        List<TextAnswer> held = answers.stream().filter(t -> t.state() == ModerationState.HELD).toList();
        if (visible.isEmpty()) {
            box.add(new Paragraph(getTranslation("surveyAdmin.results.noTexts")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("survey-texts");
            visible.forEach(t -> list.add(new ListItem(new Span(t.text()))));
            box.add(list);
        }
        if (!held.isEmpty()) {
            box.add(new H3(getTranslation("surveyAdmin.results.held", held.size())));
            UnorderedList list = new UnorderedList();
            for (TextAnswer t : held) {
                Button approve = new Button(getTranslation("surveyAdmin.results.approve"), e -> moderate(t, ModerationState.VISIBLE));
                approve.addThemeVariants(ButtonVariant.TERTIARY);
                Button remove = new Button(getTranslation("surveyAdmin.results.removeText"),
                        e -> moderate(t, ModerationState.REMOVED));
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                list.add(new ListItem(new Paragraph(new Span(t.text())), approve, remove));
            }
            box.add(list);
        }
        return box;
    }

    void moderate(TextAnswer t, ModerationState state) {
        surveys.moderateTextAnswer(t.id(), state);
        show(wave.getValue());
    }
}

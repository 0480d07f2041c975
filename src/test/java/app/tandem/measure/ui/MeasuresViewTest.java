package app.tandem.measure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.plan.PlanService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeasuresViewTest extends KaribuTest {

    @Autowired
    MeasureService measures;

    @Autowired
    PlanService plans;

    @Test
    void a_parent_reads_the_kpi_table_with_trend_and_status_in_words_and_a_chart_per_measure() {
        login(NORTHMERE_FORUM_MEMBER);
        long planId = plans.listPlans().getFirst().id();

        UI.getCurrent().navigate("plans/" + planId + "/measures");

        assertThat(_get(H1.class).getText()).isEqualTo("Measures of success");
        MeasureTable t = _get(MeasuresView.class).table;
        assertThat(t.rows()).hasSize(19);
        assertThat(_find(Image.class)).hasSize(t.rows().size());
        @SuppressWarnings("unchecked")
        Grid<MeasureRow> kpis = _find(Grid.class).getFirst();
        assertThat(GridKt._size(kpis)).isEqualTo(t.rows().size());
        assertThat(_find(Button.class, spec -> spec.withText("Enter value"))).isEmpty();
        assertThat(Kpi.trend(kpis, app.tandem.measure.MeasureRules.Direction.DOWN,
                app.tandem.measure.MeasureRules.Judgement.BETTER)).isEqualTo("↓ Down (better)");
    }

    @Test
    void an_officer_enters_a_value_and_a_stale_one_gets_the_conflict_message() {
        login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        UI.getCurrent().navigate("plans/" + planId + "/measures");
        MeasuresView view = _get(MeasuresView.class);
        MeasureTable t = view.table;
        MeasureRow ehcp2 = t.rows().stream().filter(r -> r.ref().equals("EHCP 2")).findFirst().orElseThrow();
        PeriodValue before = ehcp2.history().stream().filter(v -> v.periodId() == t.period().id() && v.series().isEmpty())
                .findFirst().orElseThrow();

        view.openEntry(ehcp2, t.period());
        _get(Dialog.class);
        _get(BigDecimalField.class, spec -> spec.withLabel("Value (Per cent)")).setValue(new BigDecimal("61"));
        _get(Button.class, spec -> spec.withText("Save value")).click();

        MeasureRow after = measures.table(planId, null).rows().stream().filter(r -> r.ref().equals("EHCP 2")).findFirst()
                .orElseThrow();
        assertThat(MeasuresView.overall(after)).isEqualByComparingTo("61");

        // A stale dialog (opened from the old row) after someone else saved: the conflict message, nothing lost silently.
        view.openEntry(ehcp2, t.period());
        _find(BigDecimalField.class, spec -> spec.withLabel("Value (Per cent)")).getLast().setValue(new BigDecimal("62"));
        _find(Button.class, spec -> spec.withText("Save value")).getLast().click();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Someone else changed this value while you were entering it. The page now shows their value: check it and enter yours again if it is still needed.")))
                .isNotEmpty();
        assertThat(MeasuresView.overall(measures.table(planId, null).rows().stream().filter(r -> r.ref().equals("EHCP 2"))
                .findFirst().orElseThrow())).isEqualByComparingTo("61");

        // Put the demo value back for other tests.
        PeriodValue now = measures.table(planId, null).rows().stream().filter(r -> r.ref().equals("EHCP 2")).findFirst()
                .orElseThrow().history().stream().filter(v -> v.periodId() == t.period().id() && v.series().isEmpty())
                .findFirst().orElseThrow();
        measures.enterValue(new ValueEntry(ehcp2.id(), t.period().id(), "", now.version(), before.value(), before.yearToDate(),
                before.note()));
    }

    @Test
    void survey_fed_and_officer_entered_measures_sit_side_by_side_and_survey_values_show_their_n() {
        login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        UI.getCurrent().navigate("plans/" + planId + "/measures");
        MeasuresView view = _get(MeasuresView.class);
        MeasureTable t = view.table;

        MeasureRow com3 = t.rows().stream().filter(r -> r.ref().equals("COM 3")).findFirst().orElseThrow();
        MeasureRow ehcp1 = t.rows().stream().filter(r -> r.ref().equals("EHCP 1")).findFirst().orElseThrow();
        assertThat(com3.source()).isEqualTo(app.tandem.measure.MeasureRules.Source.SURVEY);
        assertThat(ehcp1.source()).isEqualTo(app.tandem.measure.MeasureRules.Source.OFFICER);
        var surveyLine = com3.lines().getFirst();
        assertThat(surveyLine.now().respondents()).isPositive();
        assertThat(Kpi.withN(view, surveyLine, "87%"))
                .isEqualTo("87% (n = " + surveyLine.now().respondents() + ", from a survey)");
        assertThat(Kpi.withN(view, ehcp1.lines().getFirst(), "64%")).isEqualTo("64%");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Add a measure"))).hasSize(1);
    }

    @Test
    void the_highlight_report_has_the_kpi_table_and_the_plan_page_links_to_the_measures() {
        login(NORTHMERE_VIEWER);
        long planId = plans.listPlans().getFirst().id();
        MeasureTable t = measures.table(planId, null);

        UI.getCurrent().navigate("plans/" + planId + "/report/" + t.period().id());
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Measures of success"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Each measure this period, and whether it moved since "
                + t.previous().name() + "."))).hasSize(1);

        UI.getCurrent().navigate("plans/" + planId);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("See the plan’s " + t.rows().size() + " measures of success"))).hasSize(1);
    }
}

package app.tandem.measure.ui;

import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.report.HighlightReportSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** In the highlight report: the KPI table for that period against the previous one. */
@org.springframework.stereotype.Component
class KpiReportSection implements HighlightReportSection {

    private final MeasureService measures;

    KpiReportSection(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Component create(long planId, long periodId) {
        Div section = new Div();
        section.addClassNames("report-section", "kpi-section");
        section.add(new H2(section.getTranslation("measure.report.title")));
        MeasureTable t = measures.table(planId, periodId);
        if (t.rows().isEmpty()) {
            section.add(new Paragraph(section.getTranslation("measure.report.none")));
            return section;
        }
        section.add(new Paragraph(t.previous() == null || t.period() == null
                ? section.getTranslation("measure.report.introFirst")
                : section.getTranslation("measure.report.intro", t.previous().name())));
        Grid<?> grid = Kpi.table(section, t);
        grid.setAriaLabel(section.getTranslation("measure.report.title"));
        section.add(grid);
        section.add(new Paragraph(new Anchor("plans/" + planId + "/measures?period=" + periodId,
                section.getTranslation("measure.report.more"))));
        return section;
    }

    @Override
    public int order() {
        return 5;
    }
}

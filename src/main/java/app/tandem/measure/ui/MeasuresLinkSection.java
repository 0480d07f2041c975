package app.tandem.measure.ui;

import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.plan.PlanPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** On the plan page: a link to the plan's measures of success, with how many there are. */
@org.springframework.stereotype.Component
class MeasuresLinkSection implements PlanPageSection {

    private final MeasureService measures;

    MeasuresLinkSection(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Optional<Component> create(long planId) {
        MeasureTable t = measures.table(planId, null);
        if (t.rows().isEmpty() && !t.canEnter()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassNames("section", "measure-links");
        section.add(new H2(section.getTranslation("measure.links.title")));
        section.add(new Paragraph(new Anchor("plans/" + planId + "/measures",
                section.getTranslation("measure.links.open", t.rows().size()))));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 20;
    }
}

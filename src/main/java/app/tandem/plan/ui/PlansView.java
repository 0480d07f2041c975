package app.tandem.plan.ui;

import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PlanSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every plan of the signed-in person's area. */
@Route("plans")
@Menu(title = "menu.plans", order = 1)
@PermitAll
class PlansView extends VerticalLayout implements HasDynamicTitle {

    PlansView(PlanService plans) {
        add(new H1(getTranslation("plans.title")));
        var list = plans.listPlans();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("plans.empty")));
            return;
        }
        UnorderedList ul = new UnorderedList();
        ul.addClassName("card-list");
        for (PlanSummary p : list) {
            Anchor link = new Anchor("plans/" + p.id(), p.title());
            Span meta = new Span(getTranslation("plans.meta", getTranslation("plan.kind." + p.kind()),
                    p.periodText() == null ? "" : p.periodText(), p.completeCount(), p.actionCount()));
            meta.addClassName("meta");
            ul.add(new ListItem(link, meta));
        }
        add(ul);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " | " + getTranslation("app.name");
    }
}

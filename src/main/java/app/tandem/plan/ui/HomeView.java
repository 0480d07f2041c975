package app.tandem.plan.ui;

import app.tandem.plan.PlanService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Home: straight to the area's plan when it has one, otherwise to the list of plans. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final PlanService plans;

    HomeView(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var list = plans.listPlans();
        if (list.size() == 1) {
            event.forwardTo("plans/" + list.getFirst().id());
        } else {
            event.forwardTo("plans");
        }
    }
}

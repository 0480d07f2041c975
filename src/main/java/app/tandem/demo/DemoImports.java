package app.tandem.demo;

import app.tandem.importer.ImportService;
import app.tandem.plan.PlanService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The importer's demo data: Northmere's plan is exported once as JSON when the area is loaded, so
 * the admin's import and export history is not empty and shows what an audit row looks like.
 */
@Component
class DemoImports {

    private final ImportService importer;
    private final PlanService plans;

    DemoImports(ImportService importer, PlanService plans) {
        this.importer = importer;
        this.plans = plans;
    }

    @EventListener
    void on(DemoAreaLoaded loaded) {
        if (!loaded.slug().equals("northmere")) {
            return;
        }
        plans.listPlans().stream().findFirst().ifPresent(p -> importer.exportJson(p.id()));
    }
}

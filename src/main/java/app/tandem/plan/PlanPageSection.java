package app.tandem.plan;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A block another module adds to the plan page (links to reporting periods, the highlight report,
 * the public page...), so people find those pages from the plan without the plan module depending
 * on their modules. Implement it as a Spring bean; the plan page asks every bean for a fresh
 * component each time it is shown, in {@link #order()}, and shows it after the plan's progress.
 */
public interface PlanPageSection {

    /**
     * A new component for this plan, or empty when the signed-in person may use nothing in it
     * (the block then is not shown at all).
     */
    Optional<Component> create(long planId);

    /** Lower comes first. */
    int order();
}

package app.tandem.plan;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the action page (progress updates, comments...), so the plan
 * module shows them without depending on those modules. Implement it as a Spring bean; the action
 * page asks every bean for a fresh component each time it is shown, in {@link #order()}.
 */
public interface ActionPageSection {

    /** A new component for this action. {@code canEdit}: the signed-in person may edit the action. */
    Component create(long actionId, boolean canEdit);

    /** Lower comes first, after the plan's own sections. */
    int order();
}

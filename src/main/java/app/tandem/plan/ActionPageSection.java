package app.tandem.plan;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the action page (progress updates, the comment thread...),
 * so the plan module need not know those modules. Spring beans; the page shows them by order().
 */
public interface ActionPageSection {

    Component create(long actionId, boolean canEdit);

    int order();
}

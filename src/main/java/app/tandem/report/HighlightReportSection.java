package app.tandem.report;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the highlight report page (e.g. where the parent carer forum's
 * own rating disagrees with the officers'), so the report module shows it without depending on that
 * module. Spring beans; asked for a fresh component each time the page is shown, in {@link #order()}.
 */
public interface HighlightReportSection {

    Component create(long planId, long periodId);

    int order();
}

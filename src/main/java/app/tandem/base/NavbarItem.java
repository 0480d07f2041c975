package app.tandem.base;

import com.vaadin.flow.component.Component;

/**
 * Something another module shows in the top bar of every signed-in page (e.g. the notification
 * bell), so the layout need not know that module. Spring beans; create() runs once per page layout.
 */
public interface NavbarItem {

    Component create();
}

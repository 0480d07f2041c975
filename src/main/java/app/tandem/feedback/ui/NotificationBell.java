package app.tandem.feedback.ui;

import app.tandem.base.NavbarItem;
import app.tandem.feedback.InboxService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the top bar: a link to my notifications with the unread count in words. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    private final InboxService inbox;

    NotificationBell(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Component create() {
        long unread = inbox.unreadCount();
        Anchor link = new Anchor("notifications");
        link.addClassName("notification-bell");
        var icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span count = new Span(unread == 0 ? "" : String.valueOf(unread));
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(link.getTranslation(unread == 0 ? "notifications.bellNone" : "notifications.bell", unread));
        label.addClassName("visually-hidden");
        link.add(icon, count, label);
        return link;
    }
}

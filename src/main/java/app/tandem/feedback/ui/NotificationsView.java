package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackViews.NotificationView;
import app.tandem.feedback.InboxService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** What happened to my comments and my actions; opening the page marks everything read. */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(InboxService inbox) {
        add(new H1(getTranslation("notifications.title")));
        var latest = inbox.latest();
        if (latest.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
        }
        UnorderedList list = new UnorderedList();
        for (NotificationView n : latest) {
            ListItem item = new ListItem();
            String text = getTranslation("notifications.kind." + n.kind());
            if (n.actionId() != null) {
                item.add(new Anchor("actions/" + n.actionId(), text));
            } else {
                item.add(new Span(text));
            }
            Span when = new Span(" " + Words.when(n.createdAt()) + (n.read() ? "" : " " + getTranslation("notifications.new")));
            when.addClassName("meta");
            item.add(when);
            list.add(item);
        }
        add(list);
        inbox.markAllRead();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}

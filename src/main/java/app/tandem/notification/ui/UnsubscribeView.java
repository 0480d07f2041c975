package app.tandem.notification.ui;

import app.tandem.base.ui.MainLayout;
import app.tandem.notification.NotificationService;
import app.tandem.notification.NotificationViews.UnsubscribeOutcome;
import app.tandem.notification.NotificationViews.Unsubscribed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The one-click unsubscribe link from every mail: turns that person's kind of mail off with no
 * sign-in and says so plainly. Any link that is not valid gets one neutral message.
 */
@Route(value = "unsubscribe", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("public-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> t = event.getLocation().getQueryParameters().getParameters().getOrDefault("t", List.of());
        Unsubscribed result = t.size() == 1 ? notifications.unsubscribe(t.getFirst())
                : new Unsubscribed(UnsubscribeOutcome.INVALID, null);
        UnsubscribeOutcome outcome = result.outcome();
        removeAll();
        add(new H1(getTranslation("mail.unsubscribe.title")));
        Paragraph said = new Paragraph(outcome == UnsubscribeOutcome.TURNED_OFF
                ? getTranslation("mail.unsubscribe.TURNED_OFF",
                        getTranslation("mail.kind." + result.kind()).toLowerCase(java.util.Locale.UK))
                : getTranslation("mail.unsubscribe." + outcome));
        said.addClassName("unsubscribe-outcome");
        add(said);
        if (outcome != UnsubscribeOutcome.INVALID) {
            add(new Paragraph(getTranslation("mail.unsubscribe.change")));
        }
        add(new Anchor("login", getTranslation("mail.unsubscribe.signIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.unsubscribe.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.notification.ui;

import app.tandem.notification.NotificationService;
import app.tandem.notification.NotificationViews.OutgoingMail;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What Tandem e-mailed in the admin's own area (the sent-log), so a newcomer sees mail working. */
@Route("admin/outgoing-mail")
@Menu(title = "menu.outgoingMail", order = 15)
@RolesAllowed("ADMIN")
class OutgoingMailView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    OutgoingMailView(NotificationService notifications) {
        add(new H1(getTranslation("mail.outgoing.title")), new Paragraph(getTranslation("mail.outgoing.intro")));
        List<OutgoingMail> mail = notifications.outgoingMail();
        if (mail.isEmpty()) {
            add(new Paragraph(getTranslation("mail.outgoing.empty")));
            return;
        }
        Grid<OutgoingMail> grid = new Grid<>();
        grid.addColumn(m -> WHEN.format(m.at())).setHeader(getTranslation("mail.outgoing.when")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::to).setHeader(getTranslation("mail.outgoing.to")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::subject).setHeader(getTranslation("mail.outgoing.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.kind." + m.kind())).setHeader(getTranslation("mail.outgoing.kind"));
        grid.addColumn(m -> getTranslation("mail.status." + m.status())).setHeader(getTranslation("mail.outgoing.status"));
        grid.setItems(mail);
        grid.setAriaLabel(getTranslation("mail.outgoing.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outgoing.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * An error in a page that is already open (a button's work failing, the database gone away):
 * the person gets a plain sentence with a reference in a notification that stays until closed,
 * the log gets the error under the same reference (BI-7, FI-6). Vaadin's default would log it and
 * show nothing.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String reference = ErrorReference.log(error);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.getElement().setAttribute("role", "alert");
        com.vaadin.flow.component.html.Paragraph text = new com.vaadin.flow.component.html.Paragraph(
                ui.getTranslation(ErrorReference.messageKey(error)) + " " + ui.getTranslation("error.reference", reference));
        text.setId("error-reference");
        com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button(
                ui.getTranslation("error.close"), e -> notification.close());
        notification.add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(text, close));
        notification.open();
    }
}

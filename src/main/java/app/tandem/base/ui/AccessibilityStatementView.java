package app.tandem.base.ui;

import app.tandem.base.AreaContacts;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The accessibility statement public sector sites must publish (quality bar PR-4), with the area's contacts. */
@Route(value = "accessibility", autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends PublishedPage {

    public AccessibilityStatementView(ObjectProvider<AreaContacts> contacts) {
        super(contacts, "accessibility");
    }

    @Override
    List<String> sections() {
        return List.of("intro", "target", "known", "contact", "report", "enforcement", "testing");
    }
}

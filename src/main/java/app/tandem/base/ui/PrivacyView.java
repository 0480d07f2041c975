package app.tandem.base.ui;

import app.tandem.base.AreaContacts;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** How Tandem uses personal information, in plain English, with who to ask at the area (PR-5). */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends PublishedPage {

    public PrivacyView(ObjectProvider<AreaContacts> contacts) {
        super(contacts, "privacy");
    }

    @Override
    List<String> sections() {
        return List.of("who", "what", "why", "seen", "kept", "cookies", "rights", "contact", "complain");
    }
}

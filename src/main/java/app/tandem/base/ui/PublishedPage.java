package app.tandem.base.ui;

import app.tandem.base.AreaContact;
import app.tandem.base.AreaContacts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A page a council must publish (accessibility statement, privacy notice): plain-English sections
 * with the area's own contact details, which admins keep in the area's settings. The area is the
 * one in {@code ?area=slug} (links from public pages carry it), else the signed-in person's.
 * Anonymous; no user text, everything set as text.
 */
abstract class PublishedPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectProvider<AreaContacts> contacts;
    private final String prefix;

    PublishedPage(ObjectProvider<AreaContacts> contacts, String prefix) {
        this.contacts = contacts;
        this.prefix = prefix;
        addClassName("public-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
    }

    /** The sections in order; "contact" marks where the area's contact details go. */
    abstract List<String> sections();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> slug = event.getLocation().getQueryParameters().getParameters().getOrDefault("area", List.of());
        AreaContacts directory = contacts.getIfAvailable();
        Optional<AreaContact> contact = Optional.empty();
        if (directory != null) {
            contact = slug.isEmpty() ? directory.ofSignedInArea() : directory.find(slug.get(0));
        }
        render(contact.orElse(null));
    }

    private void render(@Nullable AreaContact contact) {
        removeAll();
        String area = contact == null ? getTranslation("published.yourArea") : contact.areaName();
        add(new H1(getTranslation(prefix + ".title")));
        add(new Paragraph(getTranslation(prefix + ".appliesTo", area)));
        for (String section : sections()) {
            add(new H2(getTranslation(prefix + "." + section + ".heading")));
            if (section.equals("contact")) {
                add(contactDetails(contact));
            }
            add(new Paragraph(getTranslation(prefix + "." + section + ".body", area)));
        }
        add(new Paragraph(getTranslation(prefix + ".updated")));
    }

    /** The team, e-mail, phone and address the area published, or where to find them if it has not. */
    Component contactDetails(@Nullable AreaContact contact) {
        Div details = new Div();
        details.addClassName("contact-details");
        if (contact == null || (contact.email() == null && contact.phone() == null && contact.address() == null)) {
            details.add(new Paragraph(getTranslation("published.noContact")));
            return details;
        }
        if (contact.team() != null) {
            details.add(new Paragraph(contact.team()));
        }
        String email = prefix.equals("privacy") && contact.privacyEmail() != null ? contact.privacyEmail() : contact.email();
        if (email != null) {
            Paragraph line = new Paragraph(getTranslation("published.email") + " ");
            line.add(new Anchor("mailto:" + email, email));
            details.add(line);
        }
        if (contact.phone() != null) {
            details.add(new Paragraph(getTranslation("published.phone") + " " + contact.phone()));
        }
        if (contact.address() != null) {
            details.add(new Paragraph(getTranslation("published.address") + " " + contact.address()));
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.access.ui;

import app.tandem.access.AccessService;
import app.tandem.access.AreaContactEdit;
import app.tandem.base.AreaContact;
import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep the contact details their area publishes on the accessibility statement and the
 * privacy notice (quality bar PR-4, PR-5).
 */
@Route("admin/area-contact")
@Menu(title = "menu.areaContact", order = 12)
@RolesAllowed("ADMIN")
class AreaContactView extends VerticalLayout implements HasDynamicTitle {

    private final AccessService access;
    final ErrorSummary errorSummary = new ErrorSummary();
    final TextField team = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea address = new TextArea();
    final EmailField privacyEmail = new EmailField();
    final Button save = new Button();

    AreaContactView(AccessService access) {
        this.access = access;
        add(new H1(getTranslation("area.contact.title")), new Paragraph(getTranslation("area.contact.intro")));
        errorSummary.setVisible(false);
        add(errorSummary);
        AreaContact current = access.areaContact();
        field(team, "team", current.team());
        field(email, "email", current.email());
        field(phone, "phone", current.phone());
        field(address, "address", current.address());
        field(privacyEmail, "privacyEmail", current.privacyEmail());
        phone.setHelperText(getTranslation("area.contact.phone.help"));
        privacyEmail.setHelperText(getTranslation("area.contact.privacyEmail.help"));
        save.setText(getTranslation("area.contact.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(new FormLayout(team, email, phone, address, privacyEmail), save,
                new Paragraph(new Anchor("accessibility", getTranslation("accessibility.title")),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor("privacy", getTranslation("privacy.title"))));
    }

    private void field(com.vaadin.flow.component.HasValue<?, String> f, String name, @Nullable String value) {
        Component c = (Component) f;
        c.setId("area-contact-" + name);
        ((com.vaadin.flow.component.HasLabel) c).setLabel(getTranslation("area.contact." + name));
        f.setValue(value == null ? "" : value);
    }

    void save() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("team", team);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("privacyEmail", privacyEmail);
        errorSummary.clear(fields);
        try {
            access.updateAreaContact(new AreaContactEdit(team.getValue(), email.getValue(), phone.getValue(),
                    address.getValue(), privacyEmail.getValue()));
            Notification.show(getTranslation("area.contact.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (RuntimeException e) {
            Map<String, String> errors = FieldErrors.of(e, this::getTranslation).orElseThrow(() -> e);
            errorSummary.show(getTranslation("edit.errors.title"), errors, fields,
                    f -> getTranslation("area.contact." + Objects.requireNonNull(f)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.contact.title") + " | " + getTranslation("app.name");
    }
}

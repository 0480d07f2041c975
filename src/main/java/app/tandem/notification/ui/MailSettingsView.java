package app.tandem.notification.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.notification.Frequency;
import app.tandem.notification.MailKind;
import app.tandem.notification.NotificationService;
import app.tandem.notification.NotificationViews.MailSetting;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/** Everyone chooses how often each kind of mail reaches them; safeguarding alerts are shown, fixed. */
@Route("my-email")
@Menu(title = "menu.mailSettings", order = 20)
@PermitAll
class MailSettingsView extends VerticalLayout implements HasDynamicTitle {

    MailSettingsView(NotificationService notifications) {
        add(new H1(getTranslation("mail.settings.title")), new Paragraph(getTranslation("mail.settings.intro")));
        for (MailSetting setting : notifications.mySettings()) {
            MailKind kind = setting.kind();
            if (setting.fixed()) {
                Paragraph fixed = new Paragraph(getTranslation("mail.kind." + kind) + ": "
                        + getTranslation("mail.settings.fixed"));
                fixed.addClassName("mail-setting-fixed");
                add(fixed);
                continue;
            }
            RadioButtonGroup<Frequency> choice = new RadioButtonGroup<>(getTranslation("mail.kind." + kind));
            choice.setItems(Arrays.stream(Frequency.values()).filter(kind::offers).toList());
            choice.setItemLabelGenerator(f -> getTranslation("mail.frequency." + f));
            choice.setValue(setting.frequency());
            choice.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    return;
                }
                try {
                    notifications.setMySetting(kind, e.getValue());
                    choice.setInvalid(false);
                    Notification.show(getTranslation("mail.settings.saved",
                            getTranslation("mail.frequency.saved." + e.getValue())));
                } catch (InvalidInputException ex) {
                    choice.setErrorMessage(getTranslation(ex.fieldMessageKeys().values().iterator().next()));
                    choice.setInvalid(true);
                }
            });
            add(choice);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.settings.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.access.ui;

import app.tandem.access.PersonSummary;
import app.tandem.access.PersonalDataService;
import app.tandem.access.PersonalDataService.PersonalDataFile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

/**
 * A person's rights (PR-3) for one account: download what Tandem holds about them (JSON or a
 * readable page; each download is audited when it is made), or erase the account after a
 * second, explicit confirmation.
 */
class PersonalDataDialog extends Dialog {

    final com.vaadin.flow.component.select.Select<app.tandem.access.Role> role =
            new com.vaadin.flow.component.select.Select<>();
    final Button changeRole = new Button();
    final Anchor json;
    final Anchor html;
    final Button erase = new Button();
    final Button confirmErase = new Button();
    final VerticalLayout confirmation = new VerticalLayout();
    final Paragraph eraseExplain = new Paragraph();

    PersonalDataDialog(app.tandem.access.AccessService access, PersonalDataService personalData, PersonSummary person,
            Runnable afterChange) {
        Runnable afterErase = afterChange;
        setHeaderTitle(getTranslation("personalData.title", person.displayName()));
        // AU-1: a role change is recorded in the audit trail with the old and the new role.
        role.setLabel(getTranslation("people.role"));
        role.setItems(app.tandem.access.Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r));
        role.setValue(person.role());
        changeRole.setText(getTranslation("personalData.changeRole"));
        changeRole.addClickListener(e -> {
            try {
                access.changeRole(person.id(), role.getValue());
                eraseExplain.setText(getTranslation("personalData.eraseExplain",
                        app.tandem.access.FormerNames.of(role.getValue())));
                Notification.show(getTranslation("personalData.roleChanged"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                afterChange.run();
            } catch (IllegalArgumentException ex) {
                Notification.show(getTranslation("personalData.cannotChangeOwnRole"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        HorizontalLayout roleRow = new HorizontalLayout(role, changeRole);
        roleRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        roleRow.setWrap(true);
        json = download(personalData::exportJson, person.id(), getTranslation("personalData.json"));
        html = download(personalData::exportHtml, person.id(), getTranslation("personalData.html"));
        VerticalLayout body = new VerticalLayout(roleRow, new Paragraph(getTranslation("personalData.intro")), json, html);
        body.setPadding(false);

        erase.setText(getTranslation("personalData.erase"));
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.addClickListener(e -> {
            confirmation.setVisible(true);
            confirmErase.focus();
        });
        eraseExplain.setText(getTranslation("personalData.eraseExplain", app.tandem.access.FormerNames.of(person.role())));
        confirmErase.setText(getTranslation("personalData.eraseConfirm", person.displayName()));
        confirmErase.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmErase.addClickListener(e -> {
            try {
                personalData.erase(person.id());
                Notification.show(getTranslation("personalData.erased"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                close();
                afterErase.run();
            } catch (IllegalArgumentException ex) {
                Notification.show(getTranslation("personalData.cannotEraseSelf"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        Button cancel = new Button(getTranslation("personalData.cancel"), e -> confirmation.setVisible(false));
        confirmation.add(new H3(getTranslation("personalData.eraseHeading")),
                eraseExplain,
                new HorizontalLayout(confirmErase, cancel));
        confirmation.setPadding(false);
        confirmation.setVisible(false);
        body.add(erase, confirmation);
        add(body);
        getFooter().add(new Button(getTranslation("personalData.close"), e -> close()));
        setMaxWidth("40em");
    }

    private static Anchor download(LongFunction<PersonalDataFile> export, long accountId, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            PersonalDataFile file = export.apply(accountId);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        }), AttachmentType.DOWNLOAD, text);
    }
}

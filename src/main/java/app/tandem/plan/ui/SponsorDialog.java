package app.tandem.plan.ui;

import app.tandem.access.PersonSummary;
import app.tandem.plan.PlanService;
import app.tandem.plan.PrioritySponsor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;

/**
 * Links a priority's sponsor to an account, so the weekly sponsor digest goes to them. Leaving the
 * field empty unlinks it (the digest for that priority then goes to the area's admins).
 */
class SponsorDialog extends EditDialog {

    SponsorDialog(PlanService plans, PrioritySponsor priority, List<PersonSummary> staff, Runnable onSaved) {
        super("priority.sponsorAccount.dialog", onSaved);
        ComboBox<PersonSummary> account = new ComboBox<>(getTranslation("priority.sponsorAccount"));
        account.setItems(staff);
        account.setItemLabelGenerator(p -> p.jobTitle() == null ? p.displayName() : p.displayName() + ", " + p.jobTitle());
        account.setClearButtonVisible(true);
        account.setHelperText(getTranslation("priority.sponsorAccount.help"));
        staff.stream().filter(p -> priority.accountId() != null && p.id() == priority.accountId()).findFirst()
                .ifPresent(account::setValue);
        Paragraph which = new Paragraph(getTranslation("priority.sponsorAccount.which", priority.number(), priority.title(),
                priority.sponsorAsWritten() == null ? getTranslation("priority.sponsorAccount.noneWritten")
                        : priority.sponsorAsWritten()));
        form(Map.of("sponsor", account), which, account);
        onSave(() -> plans.linkSponsor(priority.priorityId(), priority.version(),
                account.getValue() == null ? null : account.getValue().id()));
    }
}

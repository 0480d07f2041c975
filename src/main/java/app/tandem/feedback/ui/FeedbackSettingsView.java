package app.tandem.feedback.ui;

import app.tandem.access.Role;
import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.MemberFlags;
import app.tandem.feedback.ModerationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;

/** Admin settings for comments: forum representatives, the safeguarding lead, answer times, bank holidays. */
@Route("admin/feedback")
@Menu(title = "menu.feedbackSettings", order = 16)
@RolesAllowed("ADMIN")
class FeedbackSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final FeedbackService feedback;
    private final Paragraph status = new Paragraph();
    private final Div people = new Div();
    private final Div holidays = new Div();
    final IntegerField days = new IntegerField();
    final DatePicker holiday = new DatePicker();
    final TextField holidayName = new TextField();

    FeedbackSettingsView(ModerationService moderation, FeedbackService feedback) {
        this.moderation = moderation;
        this.feedback = feedback;
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("settings.title")), status);

        Div answer = section("settings.days.title");
        days.setLabel(getTranslation("settings.days"));
        days.setHelperText(getTranslation("settings.days.help"));
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setValue(feedback.responseWorkingDays());
        Button saveDays = new Button(getTranslation("settings.days.save"), e -> saveDays());
        answer.add(days, saveDays);

        Div roles = section("settings.people.title");
        roles.add(new Paragraph(getTranslation("settings.people.help")), people);

        Div bank = section("settings.holidays.title");
        holiday.setLabel(getTranslation("settings.holidays.date"));
        holidayName.setLabel(getTranslation("settings.holidays.name"));
        holidayName.setMaxLength(100);
        Button addHoliday = new Button(getTranslation("settings.holidays.add"), e -> addHoliday());
        bank.add(new Paragraph(getTranslation("settings.holidays.help")), holidays, holiday, holidayName, addHoliday);

        add(answer, roles, bank);
        refresh();
    }

    private Div section(String titleKey) {
        Div d = new Div(new H2(getTranslation(titleKey)));
        d.addClassName("section");
        return d;
    }

    private void refresh() {
        people.removeAll();
        UnorderedList list = new UnorderedList();
        for (MemberFlags m : moderation.memberFlags()) {
            if (m.role() == Role.FORUM_MEMBER) {
                Checkbox rep = new Checkbox(getTranslation("settings.people.representative", m.name()),
                        m.forumRepresentative());
                rep.addValueChangeListener(e -> {
                    moderation.setForumRepresentative(m.accountId(), e.getValue());
                    status.setText(getTranslation("settings.saved"));
                });
                list.add(new ListItem(rep));
            } else if (m.role() == Role.ADMIN) {
                Checkbox lead = new Checkbox(getTranslation("settings.people.safeguardingLead", m.name()), m.safeguardingLead());
                lead.addValueChangeListener(e -> {
                    moderation.setSafeguardingLead(m.accountId(), e.getValue());
                    status.setText(getTranslation("settings.saved"));
                });
                list.add(new ListItem(lead));
            }
        }
        people.add(list);

        holidays.removeAll();
        List<LocalDate> own = moderation.bankHolidays();
        if (own.isEmpty()) {
            holidays.add(new Paragraph(getTranslation("settings.holidays.builtIn")));
        } else {
            UnorderedList l = new UnorderedList();
            own.forEach(d -> l.add(new ListItem(Words.day(d))));
            holidays.add(l);
        }
    }

    private void saveDays() {
        days.setInvalid(false);
        try {
            if (days.getValue() == null) {
                throw new InvalidInputException("days", "settings.days.invalid");
            }
            moderation.setResponseWorkingDays(days.getValue());
            status.setText(getTranslation("settings.saved"));
        } catch (ConstraintViolationException | InvalidInputException ex) {
            days.setInvalid(true);
            days.setErrorMessage(getTranslation("settings.days.invalid"));
        }
    }

    private void addHoliday() {
        holiday.setInvalid(false);
        holidayName.setInvalid(false);
        if (holiday.getValue() == null) {
            holiday.setInvalid(true);
            holiday.setErrorMessage(getTranslation("settings.holidays.date.required"));
            return;
        }
        try {
            moderation.addBankHoliday(holiday.getValue(), holidayName.getValue());
            holiday.clear();
            holidayName.clear();
            status.setText(getTranslation("settings.saved"));
            refresh();
        } catch (ConstraintViolationException ex) {
            holidayName.setInvalid(true);
            holidayName.setErrorMessage(getTranslation("settings.holidays.name.required"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " | " + getTranslation("app.name");
    }
}

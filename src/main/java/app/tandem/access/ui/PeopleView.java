package app.tandem.access.ui;

import app.tandem.access.AccessService;
import app.tandem.access.DuplicateException;
import app.tandem.access.NewPerson;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Objects;

/** Admins add people to their area and disable accounts that should no longer sign in. */
@Route("admin/people")
@Menu(title = "menu.people", order = 10)
@RolesAllowed("ADMIN")
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final AccessService access;
    private final app.tandem.access.PersonalDataService personalData;
    final Grid<PersonSummary> grid = new Grid<>();
    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final TextField jobTitle = new TextField();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField();
    final Button add = new Button();
    private Map<Long, OrganisationSummary> organisations = Map.of();

    PeopleView(AccessService access, app.tandem.access.PersonalDataService personalData) {
        this.access = access;
        this.personalData = personalData;
        add(new H1(getTranslation("people.title")));

        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("people.name")).setAutoWidth(true);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("people.email")).setAutoWidth(true);
        grid.addColumn(p -> p.jobTitle() == null ? "" : p.jobTitle()).setHeader(getTranslation("people.jobTitle"));
        grid.addColumn(p -> p.organisationId() == null || !organisations.containsKey(p.organisationId()) ? ""
                        : organisations.get(p.organisationId()).shortName())
                .setHeader(getTranslation("people.organisation")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("role." + p.role())).setHeader(getTranslation("people.role")).setAutoWidth(true);
        grid.addComponentColumn(this::enableButton).setHeader(getTranslation("people.account")).setAutoWidth(true)
                .setKey("account");
        grid.addComponentColumn(this::personalDataButton).setHeader(getTranslation("personalData.header"))
                .setAutoWidth(true).setKey("personalData");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("people.title"));
        grid.setAllRowsVisible(true);

        email.setLabel(getTranslation("people.email"));
        email.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("people.name"));
        name.setRequiredIndicatorVisible(true);
        jobTitle.setLabel(getTranslation("people.jobTitle"));
        organisation.setLabel(getTranslation("people.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::label);
        organisation.setClearButtonVisible(true);
        role.setLabel(getTranslation("people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r));
        // Not setRequiredIndicatorVisible: vaadin-select then puts aria-required on its role=button,
        // which axe reports as a critical violation; the helper text says it instead.
        role.setHelperText(getTranslation("people.role.required"));
        password.setLabel(getTranslation("people.firstPassword"));
        password.setHelperText(getTranslation("people.firstPassword.help"));
        password.setRequiredIndicatorVisible(true);
        add.setText(getTranslation("people.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addPerson());
        FormLayout form = new FormLayout(email, name, jobTitle, organisation, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(grid, new H2(getTranslation("people.addHeading")), form, add);
        refresh();
    }

    /** PR-3: export or erase this person's data. */
    private com.vaadin.flow.component.Component personalDataButton(PersonSummary p) {
        if (app.tandem.access.FormerNames.isErased(p)) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button button = new Button(getTranslation("personalData.open", p.displayName()));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(e -> new PersonalDataDialog(access, personalData, p, this::refresh).open());
        return button;
    }

    private com.vaadin.flow.component.Component enableButton(PersonSummary p) {
        if (app.tandem.access.FormerNames.isErased(p)) {
            return new com.vaadin.flow.component.html.Span(getTranslation("people.erasedAccount"));
        }
        Button button = new Button(getTranslation(p.enabled() ? "people.disable" : "people.enable", p.displayName()));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(e -> {
            try {
                access.setPersonEnabled(p.id(), !p.enabled());
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(getTranslation("people.cannotDisableSelf"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        return button;
    }

    void addPerson() {
        for (var f : new com.vaadin.flow.component.HasValidation[] {email, name, role, password}) {
            f.setInvalid(false);
        }
        try {
            PersonSummary added = access.addPerson(new NewPerson(email.getValue(), name.getValue(), blankToNull(jobTitle.getValue()),
                    organisation.getValue() == null ? null : organisation.getValue().id(), role.getValue()),
                    password.getValue());
            Notification.show(getTranslation("people.added", added.displayName()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            email.clear();
            name.clear();
            jobTitle.clear();
            organisation.clear();
            role.clear();
            password.clear();
            refresh();
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                var target = switch (field) {
                    case "email" -> email;
                    case "displayName" -> name;
                    case "role" -> role;
                    case "initialPassword" -> password;
                    default -> (com.vaadin.flow.component.HasValidation) jobTitle;
                };
                target.setErrorMessage(v.getMessage());
                target.setInvalid(true);
            }
        } catch (DuplicateException e) {
            email.setErrorMessage(getTranslation(Objects.requireNonNull(e.getMessage())));
            email.setInvalid(true);
        }
    }

    private void refresh() {
        organisations = access.organisationsById();
        organisation.setItems(organisations.values().stream().filter(OrganisationSummary::active).toList());
        grid.setItems(access.people());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " | " + getTranslation("app.name");
    }
}

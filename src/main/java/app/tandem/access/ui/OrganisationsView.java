package app.tandem.access.ui;

import app.tandem.access.AccessService;
import app.tandem.access.DuplicateException;
import app.tandem.access.NewOrganisation;
import app.tandem.access.OrganisationKind;
import app.tandem.access.OrganisationSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Objects;

/** Admins add the organisations that lead and support actions, and disable ones no longer involved. */
@Route("admin/organisations")
@Menu(title = "menu.organisations", order = 11)
@RolesAllowed("ADMIN")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final AccessService access;
    final Grid<OrganisationSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final Select<OrganisationKind> kind = new Select<>();
    final Button add = new Button();

    OrganisationsView(AccessService access) {
        this.access = access;
        add(new H1(getTranslation("organisations.title")));
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name")).setFlexGrow(2);
        grid.addColumn(OrganisationSummary::shortName).setHeader(getTranslation("organisations.shortName")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("organisationKind." + o.kind())).setHeader(getTranslation("organisations.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Button toggle = new Button(getTranslation(o.active() ? "organisations.disable" : "organisations.enable", o.name()),
                    e -> {
                        access.setOrganisationActive(o.id(), !o.active());
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            return toggle;
        }).setHeader(getTranslation("organisations.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("organisations.title"));

        name.setLabel(getTranslation("organisations.name"));
        name.setRequiredIndicatorVisible(true);
        shortName.setLabel(getTranslation("organisations.shortName"));
        shortName.setHelperText(getTranslation("organisations.shortName.help"));
        shortName.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("organisationKind." + k));
        kind.setRequiredIndicatorVisible(true);
        add.setText(getTranslation("organisations.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addOrganisation());
        FormLayout form = new FormLayout(name, shortName, kind);
        add(grid, new H2(getTranslation("organisations.addHeading")), form, add);
        refresh();
    }

    void addOrganisation() {
        for (HasValidation f : new HasValidation[] {name, shortName, kind}) {
            f.setInvalid(false);
        }
        try {
            OrganisationSummary added = access.addOrganisation(new NewOrganisation(name.getValue(), shortName.getValue(),
                    kind.getValue()));
            Notification.show(getTranslation("organisations.added", added.name()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            name.clear();
            shortName.clear();
            kind.clear();
            refresh();
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                HasValidation target = switch (path.substring(path.lastIndexOf('.') + 1)) {
                    case "shortName" -> shortName;
                    case "kind" -> kind;
                    default -> name;
                };
                target.setErrorMessage(v.getMessage());
                target.setInvalid(true);
            }
        } catch (DuplicateException e) {
            shortName.setErrorMessage(getTranslation(Objects.requireNonNull(e.getMessage())));
            shortName.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(access.organisations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " | " + getTranslation("app.name");
    }
}

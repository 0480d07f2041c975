package app.tandem.report.ui;

import app.tandem.access.AccessService;
import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.CloseResult;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.report.ReportViews.PublicationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A plan's reporting periods: admins add, edit and close them (after a check), and publish the
 * plan; officers and board members read the list and open each period's report.
 */
@Route("plans/:planId(\\d+)/periods")
@RolesAllowed({"ADMIN", "OFFICER", "VIEWER"})
class PeriodsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReportService reports;
    private final PlanService plans;
    private final AccessService access;
    private final CurrentUser currentUser;
    final Grid<PeriodView> grid = new Grid<>();
    private long planId;
    private boolean admin;

    PeriodsView(ReportService reports, PlanService plans, AccessService access, CurrentUser currentUser) {
        this.reports = reports;
        this.plans = plans;
        this.access = access;
        this.currentUser = currentUser;
        addClassName("periods-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        admin = currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        String planTitle = plans.getPlan(planId).title();
        removeAll();
        add(new Anchor("plans/" + planId, getTranslation("report.backToPlan", planTitle)));
        add(new H1(getTranslation("report.periods.title")));
        add(new Paragraph(getTranslation("report.periods.intro")));
        if (admin) {
            Button addButton = new Button(getTranslation("report.period.add"), e -> openEditor(null));
            addButton.addThemeVariants(ButtonVariant.PRIMARY);
            add(addButton);
        }
        grid.removeAllColumns();
        grid.addColumn(PeriodView::name).setHeader(getTranslation("report.period.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("report.period.dates", DAY.format(p.startDate()), DAY.format(p.endDate())))
                .setHeader(getTranslation("report.period.dates.header")).setFlexGrow(2);
        grid.addColumn(p -> p.boardDate() == null ? "" : DAY.format(p.boardDate()))
                .setHeader(getTranslation("report.period.boardDate")).setAutoWidth(true);
        grid.addColumn(p -> p.closed() ? getTranslation("report.period.closedState") : getTranslation("report.period.openState"))
                .setHeader(getTranslation("report.period.state")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("report.period.actions")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("report.periods.title"));
        grid.setEmptyStateText(getTranslation("report.periods.empty"));
        add(grid);
        if (admin) {
            add(publication());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(reports.periods(planId));
    }

    private Component rowActions(PeriodView p) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        row.add(new Anchor("plans/" + planId + "/report/" + p.id(), getTranslation("report.open", p.name())));
        if (admin && !p.closed()) {
            Button edit = new Button(getTranslation("report.period.edit"), e -> openEditor(p));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel(getTranslation("report.period.editNamed", p.name()));
            Button close = new Button(getTranslation("report.period.close"), e -> confirmClose(p));
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setAriaLabel(getTranslation("report.period.closeNamed", p.name()));
            row.add(edit, close);
        }
        return row;
    }

    /** "Check before you close": what will be frozen, that it cannot be undone, then the button. */
    void confirmClose(PeriodView p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.close.check", p.name()));
        long actions = plans.countActions(planId, app.tandem.plan.ActionFilter.none());
        dialog.add(new Paragraph(getTranslation("report.close.what", actions)),
                new Paragraph(getTranslation("report.close.narrative")),
                new Paragraph(getTranslation("report.close.undo")));
        Button confirm = new Button(getTranslation("report.close.confirm"), e -> {
            CloseResult result = reports.closePeriod(p.id());
            dialog.close();
            Notification.show(result.alreadyClosed() ? getTranslation("report.close.already", p.name())
                    : getTranslation("report.close.done", p.name(), result.actionsFrozen()));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button back = new Button(getTranslation("report.close.back"), e -> dialog.close());
        dialog.getFooter().add(back, confirm);
        dialog.open();
    }

    void openEditor(@Nullable PeriodView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "report.period.add" : "report.period.edit"));
        TextField name = new TextField(getTranslation("report.period.name"));
        name.setHelperText(getTranslation("report.period.name.help"));
        name.setRequired(true);
        DatePicker start = new DatePicker(getTranslation("report.period.start"));
        DatePicker end = new DatePicker(getTranslation("report.period.end"));
        DatePicker board = new DatePicker(getTranslation("report.period.boardDate"));
        for (DatePicker d : new DatePicker[] {start, end, board}) {
            d.setLocale(Locale.UK);
        }
        start.setRequired(true);
        end.setRequired(true);
        if (existing != null) {
            name.setValue(existing.name());
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            board.setValue(existing.boardDate());
        }
        Paragraph problem = new Paragraph();
        problem.addClassName("attention");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        FormLayout form = new FormLayout(problem, name, start, end, board);
        form.setColspan(problem, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("report.save"), e -> {
            name.setInvalid(false);
            end.setInvalid(false);
            problem.setVisible(false);
            if (name.getValue().isBlank() || start.getValue() == null || end.getValue() == null) {
                problem.setText(getTranslation("report.period.missing"));
                problem.setVisible(true);
                return;
            }
            PeriodEdit edit = new PeriodEdit(existing == null ? 0 : existing.version(), name.getValue(), start.getValue(),
                    end.getValue(), board.getValue());
            try {
                if (existing == null) {
                    reports.addPeriod(planId, edit);
                } else {
                    reports.updatePeriod(existing.id(), edit);
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                String key = ex.fieldMessageKeys().values().iterator().next();
                problem.setText(getTranslation(key));
                problem.setVisible(true);
                if (ex.fieldMessageKeys().containsKey("endDate")) {
                    end.setInvalid(true);
                    end.setErrorMessage(getTranslation(key));
                }
            } catch (EditConflictException ex) {
                problem.setText(getTranslation("report.conflict"));
                problem.setVisible(true);
            } catch (ConstraintViolationException ex) {
                problem.setText(getTranslation("report.period.name.tooLong"));
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("report.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component publication() {
        Div section = new Div();
        section.addClassName("publication");
        section.setId("publication");
        section.add(new H2(getTranslation("report.public.heading")));
        Span state = new Span();
        Button toggle = new Button();
        String slug = access.currentArea().slug();
        Anchor link = new Anchor("public/" + slug + "/" + planId, getTranslation("report.public.link"));
        Runnable show = () -> {
            PublicationView pub = reports.publication(planId);
            state.setText(pub.published()
                    ? getTranslation("report.public.on", pub.publishedAt() == null ? "" : DAY.format(
                            pub.publishedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()))
                    : getTranslation("report.public.off"));
            toggle.setText(getTranslation(pub.published() ? "report.public.unpublish" : "report.public.publish"));
            link.setVisible(pub.published());
        };
        toggle.addClickListener(e -> {
            reports.setPublished(planId, !reports.publication(planId).published());
            show.run();
        });
        show.run();
        section.add(new Paragraph(state), toggle, new Paragraph(link));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.periods.title") + " | " + getTranslation("app.name");
    }
}

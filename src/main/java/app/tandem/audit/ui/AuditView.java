package app.tandem.audit.ui;

import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.audit.AuditKind;
import app.tandem.audit.AuditService;
import app.tandem.audit.AuditViews.AuditEntry;
import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.audit.AuditViews.RetentionSettings;
import app.tandem.base.EditConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Quality bar AU-1 for admins: who did what in the area, newest first, filtered by kind, person
 * and dates, a page at a time, and as a CSV file. Nothing here can change a record. Below it, the
 * area's retention periods (PR-3).
 */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 14)
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AuditService audit;
    final Select<AuditKind> kind = new Select<>();
    final ComboBox<PersonSummary> who = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    final Span count = new Span();
    final IntegerField commentsMonths = new IntegerField();
    final IntegerField answersMonths = new IntegerField();
    final IntegerField auditMonths = new IntegerField();
    final Button saveRetention = new Button();
    private RetentionSettings retention;

    AuditView(AuditService audit, AccessService access) {
        this.audit = audit;
        add(new H1(getTranslation("auditLog.title")), new Paragraph(getTranslation("auditLog.intro")));

        kind.setLabel(getTranslation("auditLog.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("auditLog.kind.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("auditLog.kind.any") : getTranslation("auditLog.kind." + k));
        who.setLabel(getTranslation("auditLog.who"));
        who.setItems(access.people());
        who.setItemLabelGenerator(PersonSummary::displayName);
        who.setClearButtonVisible(true);
        from.setLabel(getTranslation("auditLog.from"));
        to.setLabel(getTranslation("auditLog.to"));
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setLocale(Locale.UK);
            d.setClearButtonVisible(true);
        }
        FormLayout filters = new FormLayout(kind, who, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        kind.addValueChangeListener(e -> refresh());
        who.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            AuditService.AuditCsv file = audit.exportCsv(filter());
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), "text/csv",
                    file.bytes().length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("auditLog.csv"));

        grid.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("auditLog.when")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("auditLog.kind." + e.kind())).setHeader(getTranslation("auditLog.kind"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::who).setHeader(getTranslation("auditLog.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::what).setHeader(getTranslation("auditLog.what")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("auditLog.title"));
        grid.setPageSize(50);
        count.getElement().setAttribute("aria-live", "polite");

        add(filters, csv, count, grid);
        addRetention();
        refresh();
    }

    AuditFilter filter() {
        return new AuditFilter(kind.getValue(), who.getValue() == null ? null : who.getValue().id(), from.getValue(),
                to.getValue());
    }

    void refresh() {
        AuditFilter filter = filter();
        long total = audit.count(filter);
        count.setText(getTranslation("auditLog.count", total));
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    private void addRetention() {
        add(new H2(getTranslation("retention.title")), new Paragraph(getTranslation("retention.intro")));
        commentsMonths.setLabel(getTranslation("retention.comments"));
        answersMonths.setLabel(getTranslation("retention.answers"));
        auditMonths.setLabel(getTranslation("retention.audit"));
        for (IntegerField f : new IntegerField[] {commentsMonths, answersMonths, auditMonths}) {
            f.setSuffixComponent(new Span(getTranslation("retention.months")));
            f.setStepButtonsVisible(false);
            f.setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(commentsMonths, answersMonths, auditMonths);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        saveRetention.setText(getTranslation("retention.save"));
        saveRetention.addThemeVariants(ButtonVariant.PRIMARY);
        saveRetention.addClickListener(e -> saveRetention());
        add(form, saveRetention);
        show(audit.retention());
    }

    private void show(RetentionSettings s) {
        retention = s;
        commentsMonths.setValue(s.commentsMonths());
        answersMonths.setValue(s.answersMonths());
        auditMonths.setValue(s.auditMonths());
    }

    void saveRetention() {
        for (IntegerField f : new IntegerField[] {commentsMonths, answersMonths, auditMonths}) {
            f.setInvalid(false);
        }
        try {
            show(audit.saveRetention(new RetentionSettings(retention.version(), months(commentsMonths),
                    months(answersMonths), months(auditMonths))));
            Notification.show(getTranslation("retention.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                IntegerField target = switch (path.substring(path.lastIndexOf('.') + 1)) {
                    case "answersMonths" -> answersMonths;
                    case "auditMonths" -> auditMonths;
                    default -> commentsMonths;
                };
                target.setErrorMessage(v.getMessage());
                target.setInvalid(true);
            }
        } catch (EditConflictException e) {
            Notification.show(getTranslation("retention.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            show(audit.retention());
        }
    }

    /** An empty box is 0 months, which validation refuses with the field's message. */
    private static int months(IntegerField f) {
        return Objects.requireNonNullElse(f.getValue(), 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditLog.title") + " | " + getTranslation("app.name");
    }
}

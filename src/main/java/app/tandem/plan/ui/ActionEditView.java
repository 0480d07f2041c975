package app.tandem.plan.ui;

import app.tandem.access.AccessService;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import app.tandem.plan.ActionEdit;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.OrganisationRef;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.plan.Resource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edit an action. The server checks every value; problems are listed at the top (each linking to
 * its field) and shown beside the field. If someone else saved first, nothing is overwritten and
 * the officer keeps what they typed.
 */
@Route("actions/:actionId(\\d+)/edit")
@RolesAllowed({"ADMIN", "OFFICER"})
class ActionEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AccessService access;

    final TextArea title = new TextArea();
    final Select<StatusView> status = new Select<>();
    final DatePicker statusDate = new DatePicker();
    final TextArea objective = new TextArea();
    final TextArea inspectionFinding = new TextArea();
    final ComboBox<OrganisationSummary> leadOrganisation = new ComboBox<>();
    final MultiSelectComboBox<OrganisationSummary> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PersonSummary> leadOfficers = new MultiSelectComboBox<>();
    final TextField whoText = new TextField();
    final TextField seniorLead = new TextField();
    final TextArea healthAction = new TextArea();
    final TextArea laAction = new TextArea();
    final Select<Resource> resource = new Select<>();
    final TextField startWords = new TextField();
    final TextField endWords = new TextField();
    final TextArea detail = new TextArea();
    final TextArea monitoring = new TextArea();
    final TextArea measureOfSuccess = new TextArea();
    final TextArea evidence = new TextArea();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final ErrorSummary errorSummary = new ErrorSummary();

    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();
    private long actionId;
    private long version;
    private String heading = "";

    /** What the action means for families, shown first to parents; saved after the action itself. */
    final TextArea plainSummary = new TextArea();
    private String savedPlainSummary = "";
    private final org.springframework.beans.factory.ObjectProvider<app.tandem.base.WritingAid> writingAid;

    ActionEditView(PlanService plans, AccessService access,
            org.springframework.beans.factory.ObjectProvider<app.tandem.base.WritingAid> writingAid) {
        this.plans = plans;
        this.access = access;
        this.writingAid = writingAid;
        addClassName("edit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actionId = event.getRouteParameters().getLong("actionId").orElseThrow();
        ActionDetail a = plans.getAction(actionId);
        if (!a.canEdit()) {
            throw new AccessDeniedException("Not the lead of this action");
        }
        heading = getTranslation("edit.heading", ActionView.heading(a));
        build(a);
        fill(a);
    }

    private void build(ActionDetail a) {
        removeAll();
        fieldsByName.clear();
        add(new Breadcrumb().link(a.planTitle(), "plans/" + a.planId())
                .link(getTranslation("breadcrumb.action", a.ref() == null ? "" : a.ref()), "actions/" + a.id())
                .current(getTranslation("edit.crumb")));
        add(new H1(heading));
        errorSummary.setVisible(false);
        add(errorSummary);

        List<OrganisationSummary> orgs = access.organisations();
        List<PersonSummary> staff = access.staff();
        setup(title, "title", "action.title", true);
        title.setHelperText(getTranslation("edit.title.help"));
        setup(status, "statusId", "action.status", false);
        status.setItems(a.scheme());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("status.notRated"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("status.notRated") : s.label()
                + (s.description() == null ? "" : " – " + s.description()));
        setup(statusDate, "statusDate", "action.statusDate", false);
        statusDate.setHelperText(getTranslation("edit.statusDate.help"));
        setup(leadOrganisation, "leadOrganisationId", "action.leadOrganisation", false);
        leadOrganisation.setItems(orgs);
        leadOrganisation.setItemLabelGenerator(OrganisationSummary::label);
        leadOrganisation.setClearButtonVisible(true);
        setup(partners, "partnerOrganisationIds", "action.partners", false);
        partners.setItems(orgs);
        partners.setItemLabelGenerator(OrganisationSummary::label);
        setup(leadOfficers, "leadOfficerIds", "action.leadOfficers", false);
        leadOfficers.setItems(staff);
        leadOfficers.setItemLabelGenerator(p -> p.jobTitle() == null ? p.displayName() : p.displayName() + " – " + p.jobTitle());
        setup(whoText, "whoText", "action.whoText", false);
        setup(seniorLead, "seniorLead", "action.seniorLead", false);
        setup(resource, "resource", "action.resource", false);
        resource.setItems(Resource.values());
        resource.setEmptySelectionAllowed(true);
        resource.setEmptySelectionCaption(getTranslation("resource.none"));
        resource.setItemLabelGenerator(r -> r == null ? getTranslation("resource.none") : getTranslation("resource." + r));
        setup(startWords, "startWords", "action.start", false);
        startWords.setHelperText(getTranslation("edit.dateWords.help"));
        setup(endWords, "endWords", "action.end", false);
        endWords.setHelperText(getTranslation("edit.dateWords.help"));
        setup(objective, "objective", "action.objective", false);
        setup(inspectionFinding, "inspectionFinding", "action.inspectionFinding", false);
        setup(healthAction, "healthAction", "action.healthAction", false);
        setup(laAction, "laAction", "action.laAction", false);
        setup(detail, "detail", "action.detail", false);
        setup(monitoring, "monitoring", "action.monitoring", false);
        setup(measureOfSuccess, "measureOfSuccess", "action.measureOfSuccess", false);
        setup(evidence, "evidence", "action.evidence", false);
        setup(notes, "notes", "action.notes", false);

        FormLayout status = new FormLayout(title, this.status, statusDate);
        FormLayout who = new FormLayout(leadOrganisation, partners, leadOfficers, whoText, seniorLead, resource, startWords,
                endWords);
        FormLayout what = new FormLayout(objective, inspectionFinding, healthAction, laAction, detail, monitoring,
                measureOfSuccess, evidence, notes);
        for (FormLayout f : List.of(status, who, what)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        }
        status.setColspan(title, 2);
        add(new H2(getTranslation("edit.section.status")), status, new H2(getTranslation("edit.section.who")), who,
                new H2(getTranslation("edit.section.what")), what);
        setup(plainSummary, "plainSummary", "action.plainSummary", false);
        plainSummary.setMaxLength(2000);
        plainSummary.setHelperText(getTranslation("action.plainSummary.help"));
        plainSummary.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        add(new H2(getTranslation("edit.section.plainSummary")), plainSummary);
        app.tandem.base.WritingAid aid = writingAid.getIfAvailable();
        if (aid != null) {
            add(aid.watch(plainSummary));
        }

        save.setText(getTranslation("edit.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setDisableOnClick(true);
        Anchor cancel = new Anchor("actions/" + a.id(), getTranslation("edit.cancel"));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setAlignItems(Alignment.CENTER);
        add(buttons);
    }

    private void setup(Component field, String name, String labelKey, boolean required) {
        field.setId("field-" + name);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(required);
        }
        if (field instanceof TextArea area) {
            area.setWidthFull();
        }
        fieldsByName.put(name, field);
    }

    private void fill(ActionDetail a) {
        version = a.version();
        title.setValue(a.title());
        status.setValue(a.status() == null ? null
                : a.scheme().stream().filter(s -> s.id() == a.status().id()).findFirst().orElse(null));
        statusDate.setValue(a.statusDate());
        objective.setValue(nz(a.objective()));
        inspectionFinding.setValue(nz(a.inspectionFinding()));
        Map<Long, OrganisationSummary> orgs = access.organisationsById();
        leadOrganisation.setValue(a.leadOrganisation() == null ? null : orgs.get(a.leadOrganisation().id()));
        partners.setValue(a.partnerOrganisations().stream().map(OrganisationRef::id).map(orgs::get)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> officerIds = a.leadOfficers().stream().map(PersonRef::id).collect(Collectors.toSet());
        leadOfficers.setValue(access.staff().stream().filter(p -> officerIds.contains(p.id())).collect(Collectors.toSet()));
        whoText.setValue(nz(a.whoText()));
        seniorLead.setValue(nz(a.seniorLead()));
        healthAction.setValue(nz(a.healthAction()));
        laAction.setValue(nz(a.laAction()));
        resource.setValue(a.resource());
        startWords.setValue(nz(a.start().words()));
        endWords.setValue(nz(a.end().words()));
        detail.setValue(nz(a.detail()));
        monitoring.setValue(nz(a.monitoring()));
        measureOfSuccess.setValue(nz(a.measureOfSuccess()));
        evidence.setValue(nz(a.evidence()));
        notes.setValue(nz(a.notes()));
        savedPlainSummary = nz(a.plainSummary());
        plainSummary.setValue(savedPlainSummary);
    }

    ActionEdit edit() {
        return new ActionEdit(version, title.getValue(), objective.getValue(), inspectionFinding.getValue(),
                leadOrganisation.getValue() == null ? null : leadOrganisation.getValue().id(),
                partners.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet()),
                leadOfficers.getValue().stream().map(PersonSummary::id).collect(Collectors.toSet()), whoText.getValue(),
                seniorLead.getValue(), healthAction.getValue(), laAction.getValue(), resource.getValue(),
                startWords.getValue(), endWords.getValue(), detail.getValue(), monitoring.getValue(),
                measureOfSuccess.getValue(), evidence.getValue(), notes.getValue(),
                status.getValue() == null ? null : status.getValue().id(), statusDate.getValue());
    }

    void save() {
        clearErrors();
        try {
            ActionDetail saved = plans.updateAction(actionId, edit());
            if (!plainSummary.getValue().strip().equals(savedPlainSummary.strip())) {
                plans.savePlainSummary(actionId, saved.version(), plainSummary.getValue());
            }
            Notification n = Notification.show(getTranslation("edit.saved"), 4000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("actions/" + actionId));
        } catch (ConstraintViolationException | InvalidInputException e) {
            showErrors(FieldErrors.of(e, this::getTranslation).orElseThrow());
        } catch (EditConflictException e) {
            Button reload = new Button(getTranslation("edit.conflict.reload"), click -> {
                ActionDetail latest = plans.getAction(actionId);
                build(latest);
                fill(latest);
            });
            errorSummary.showContent(new H2(getTranslation("edit.conflict.title")),
                    new Paragraph(getTranslation("edit.conflict.body")), reload);
        } finally {
            save.setEnabled(true);
        }
    }

    private void showErrors(Map<String, String> errors) {
        errorSummary.show(getTranslation("edit.errors.title"), errors, fieldsByName, field -> field);
    }

    private void clearErrors() {
        errorSummary.clear(fieldsByName);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}

package app.tandem.plan.ui;

import app.tandem.access.AccessService;
import app.tandem.plan.ActionPageSection;
import app.tandem.plan.PlanService;
import app.tandem.plan.StatusChangeView;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.OrganisationRef;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.RiskScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One action: what, who, when, its milestones and risks. Its URL can be e-mailed. */
@Route("actions/:actionId(\\d+)")
@PermitAll
class ActionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AccessService access;
    private final ObjectProvider<ActionPageSection> sections;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));
    private String title = "";
    private long actionId;

    /** Shows plan text to the reader (the language module explains acronyms to parents), if any module offers it. */
    private final ObjectProvider<app.tandem.base.TextPresenter> presenter;

    ActionView(PlanService plans, AccessService access, ObjectProvider<ActionPageSection> sections,
            ObjectProvider<app.tandem.base.TextPresenter> presenter) {
        this.plans = plans;
        this.access = access;
        this.sections = sections;
        this.presenter = presenter;
        addClassName("action-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actionId = event.getRouteParameters().getLong("actionId").orElseThrow();
        show(plans.getAction(actionId));
    }

    private void show(ActionDetail a) {
        title = heading(a);
        removeAll();
        Breadcrumb crumbs = new Breadcrumb().link(a.planTitle(), "plans/" + a.planId())
                .link(getTranslation("breadcrumb.priority", a.priorityNumber()), "plans/" + a.planId());
        if (a.outcomeRef() != null) {
            crumbs.link(getTranslation("breadcrumb.outcome", a.outcomeRef()), "plans/" + a.planId());
        }
        crumbs.current(getTranslation("breadcrumb.action", a.ref() == null ? "" : a.ref()));
        add(crumbs, new H1(title));
        if (a.plainSummary() != null && !a.plainSummary().isBlank()) {
            // Shown first, so parents read what the action means for families before the detail.
            app.tandem.base.TextPresenter p = presenter.getIfAvailable();
            Div summary = new Div(new H2(getTranslation("action.plainSummary.heading")),
                    new Paragraph(p == null ? new Span(a.plainSummary()) : p.present(a.plainSummary())));
            summary.addClassNames("section", "plain-summary");
            add(summary);
        }

        Div status = new Div(new Span(getTranslation("action.status") + ": "), new StatusChip(a.status()));
        if (a.statusDate() != null) {
            status.add(new Span(" " + getTranslation("action.statusSince", Dates.day(this, a.statusDate()))));
        }
        status.addClassName("action-status");
        add(status);
        if (a.canEdit()) {
            Anchor edit = new Anchor("actions/" + a.id() + "/edit", getTranslation("action.edit"));
            edit.addClassName("button-link");
            add(edit);
        }

        app.tandem.base.TextPresenter present = presenter.getIfAvailable();
        FieldList what = present == null ? new FieldList() : new FieldList(present::present);
        what.add(getTranslation("action.priority"), a.priorityNumber() + ". " + a.priorityTitle());
        if (a.outcomeText() != null) {
            what.add(getTranslation("action.outcome"), (a.outcomeRef() == null ? "" : a.outcomeRef() + " ") + a.outcomeText());
        }
        what.add(getTranslation("action.inspectionFinding"), a.inspectionFinding());
        what.add(getTranslation("action.objective"), a.objective());
        what.add(getTranslation("action.healthAction"), a.healthAction());
        what.add(getTranslation("action.laAction"), a.laAction());
        what.add(getTranslation("action.detail"), a.detail());
        what.add(getTranslation("action.measureOfSuccess"), a.measureOfSuccess());
        what.add(getTranslation("action.monitoring"), a.monitoring());
        what.add(getTranslation("action.evidence"), a.evidence());
        what.add(getTranslation("action.notes"), a.notes());
        add(section(getTranslation("action.whatSection"), what));

        FieldList who = new FieldList();
        who.add(getTranslation("action.leadOrganisation"), a.leadOrganisation() == null ? null : a.leadOrganisation().label());
        who.add(getTranslation("action.partners"), a.partnerOrganisations().stream().map(OrganisationRef::label)
                .collect(Collectors.joining(", ")));
        who.add(getTranslation("action.leadOfficers"), a.leadOfficers().stream()
                .map(p -> p.jobTitle() == null ? p.name() : p.name() + " (" + p.jobTitle() + ")")
                .collect(Collectors.joining(", ")));
        who.add(getTranslation("action.whoText"), a.whoText());
        who.add(getTranslation("action.seniorLead"), a.seniorLead());
        who.add(getTranslation("action.resource"), a.resource() == null ? null : getTranslation("resource." + a.resource()));
        who.add(getTranslation("action.start"), Dates.written(this, a.start()));
        who.add(getTranslation("action.end"), Dates.written(this, a.end()));
        add(section(getTranslation("action.whoSection"), who));

        add(milestones(a), risks(a));
        // Sections of other modules (progress updates...), then the dated status history.
        sections.stream().sorted(java.util.Comparator.comparingInt(ActionPageSection::order))
                .forEach(section -> add(section.create(a.id(), a.canEdit())));
        add(statusHistory(a));
    }

    private Component statusHistory(ActionDetail a) {
        Div section = section(getTranslation("statusHistory.title"), null);
        section.addClassName("status-history");
        List<StatusChangeView> changes = plans.statusHistory(a.id());
        if (changes.isEmpty()) {
            section.add(new Paragraph(getTranslation("statusHistory.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (StatusChangeView c : changes) {
            String from = c.fromLabel() == null ? getTranslation("status.notRated") : c.fromLabel();
            String to = c.toLabel() == null ? getTranslation("status.notRated") : c.toLabel();
            ListItem item = new ListItem(new Span(getTranslation("statusHistory.change", Dates.day(this, c.statusDate()),
                    from, to, c.changedByName())));
            Span when = new Span(getTranslation("statusHistory.recorded", WHEN.format(c.changedAt())));
            when.addClassName("meta");
            item.add(when);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component milestones(ActionDetail a) {
        Div section = section(getTranslation("milestones.title"), null);
        if (a.canEdit()) {
            section.add(new Button(getTranslation("milestone.add"),
                    e -> new MilestoneDialog(plans, a.id(), null, this::reload).open()));
        }
        if (a.milestones().isEmpty()) {
            section.add(new Paragraph(getTranslation("milestones.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("milestones");
        for (MilestoneView m : a.milestones()) {
            ListItem item = new ListItem();
            item.add(new Span(m.description()));
            String deadline = Dates.written(this, m.deadline());
            Span when = new Span(deadline == null ? getTranslation("milestones.noDeadline")
                    : getTranslation("milestones.deadline", deadline));
            when.addClassName("meta");
            item.add(when);
            if (m.doneDate() != null) {
                Span done = new Span(getTranslation("milestones.done", Dates.day(this, m.doneDate())));
                done.addClassName("done");
                item.add(done);
            } else if (m.overdue()) {
                Span overdue = new Span(getTranslation("milestones.overdue"));
                overdue.addClassName("attention");
                item.add(overdue);
            }
            if (a.canEdit()) {
                Button change = new Button(getTranslation("edit.change"),
                        e -> new MilestoneDialog(plans, a.id(), m, this::reload).open());
                change.setAriaLabel(getTranslation("milestone.change", m.description()));
                change.addThemeVariants(ButtonVariant.TERTIARY);
                item.add(change);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component risks(ActionDetail a) {
        Div section = section(getTranslation("risks.title"), null);
        if (a.canEdit()) {
            section.add(new Button(getTranslation("risk.add"),
                    e -> new RiskDialog(plans, access.staff(), a.id(), null, this::reload).open()));
        }
        if (a.risks().isEmpty()) {
            section.add(new Paragraph(getTranslation("risks.empty")));
            return section;
        }
        for (RiskView r : a.risks()) {
            Div risk = new Div();
            risk.addClassName("risk");
            risk.add(new H3(getTranslation("risks.riskThat", r.description())));
            FieldList fields = new FieldList();
            fields.add(getTranslation("risks.resultIn"), r.resultIn());
            fields.add(getTranslation("risks.before"), score(r.score()));
            fields.add(getTranslation("risks.mitigation"), r.mitigation());
            fields.add(getTranslation("risks.after"), score(r.revisedScore()));
            fields.add(getTranslation("risks.owner"), r.ownerName());
            risk.add(fields);
            if (a.canEdit()) {
                Button change = new Button(getTranslation("risk.changeShort"),
                        e -> new RiskDialog(plans, access.staff(), a.id(), r, this::reload).open());
                change.setAriaLabel(getTranslation("risk.change", r.description()));
                change.addThemeVariants(ButtonVariant.TERTIARY);
                risk.add(change);
            }
            section.add(risk);
        }
        return section;
    }

    private void reload() {
        show(plans.getAction(actionId));
    }

    String score(RiskScore s) {
        if (!s.isScored()) {
            return getTranslation("risks.notScored");
        }
        return getTranslation("risks.score", s.value(), s.consequence(), s.likelihood(),
                getTranslation("risks.band." + s.band()));
    }

    private Div section(String heading, Component content) {
        Div div = new Div(new H2(heading));
        div.addClassName("section");
        if (content != null) {
            div.add(content);
        }
        return div;
    }

    static String heading(ActionDetail a) {
        return (a.ref() == null ? "" : a.ref() + " ") + a.title();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

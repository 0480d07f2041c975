package app.tandem.plan.ui;

import app.tandem.access.AccessService;
import app.tandem.access.CurrentUser;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanPageSection;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.OutcomeView;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PriorityView;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.plan.PlanViews.StatusView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The plan: what it is, how far along it is, its priorities and outcomes, and every action with
 * filters. The action list loads page by page, so 300+ actions stay fast.
 */
@Route("plans/:planId(\\d+)")
@PermitAll
class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A pseudo status standing for "not yet rated" in the status filter. */
    static final StatusView NOT_RATED = new StatusView(-1, "", "#505a5f", null, false);

    private final PlanService plans;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final ObjectProvider<PlanPageSection> sections;
    private String title = "";

    final MultiSelectComboBox<StatusView> statusFilter = new MultiSelectComboBox<>();
    final ComboBox<OrganisationSummary> organisationFilter = new ComboBox<>();
    final ComboBox<PersonSummary> officerFilter = new ComboBox<>();
    final ComboBox<PriorityView> priorityFilter = new ComboBox<>();
    final Checkbox attentionFilter = new Checkbox();
    final TextField textFilter = new TextField();
    final Grid<ActionRow> grid = new Grid<>();
    final Span resultCount = new Span();

    PlanView(PlanService plans, AccessService access, CurrentUser currentUser, ObjectProvider<PlanPageSection> sections) {
        this.plans = plans;
        this.access = access;
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("plan-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getRouteParameters().getLong("planId").orElseThrow());
    }

    private void render(long planId) {
        PlanDetail plan = plans.getPlan(planId);
        title = plan.title();
        removeAll();
        add(new H1(plan.title()));
        Paragraph meta = new Paragraph(getTranslation("plan.kind." + plan.kind())
                + (plan.periodText() == null ? "" : " · " + plan.periodText()));
        meta.addClassName("meta");
        add(meta, about(plan), progress(plan));
        // Blocks of other modules (reports and periods, the public page...), then the plan itself.
        sections.stream().sorted(java.util.Comparator.comparingInt(PlanPageSection::order))
                .forEach(section -> section.create(planId).ifPresent(this::add));
        add(priorities(plan), actions(plan));
    }

    private Component about(PlanDetail plan) {
        FieldList fields = new FieldList();
        fields.add(getTranslation("plan.board"), plan.board());
        fields.add(getTranslation("plan.strategicLead"), plan.strategicLead());
        fields.add(getTranslation("plan.leadOfficer"), plan.leadOfficerName());
        fields.add(getTranslation("plan.implementationDate"), Dates.day(this, plan.implementationDate()));
        fields.add(getTranslation("plan.reviewDate"), Dates.day(this, plan.reviewDate()));
        fields.add(getTranslation("plan.monitoringFrequency"), plan.monitoringFrequency());
        fields.add(getTranslation("plan.inspectionDates"), plan.inspectionDates());
        fields.add(getTranslation("plan.inspectionReportPublished"), Dates.day(this, plan.inspectionReportPublished()));
        fields.add(getTranslation("plan.aims"), plan.aims());
        fields.add(getTranslation("plan.relevantStrategies"), plan.relevantStrategies());
        fields.add(getTranslation("plan.previousVersions"), plan.previousVersions());
        UnorderedList key = new UnorderedList();
        key.addClassName("status-key");
        for (StatusView s : plan.scheme()) {
            key.add(new ListItem(new StatusChip(s), new Span(" " + (s.description() == null ? "" : s.description()))));
        }
        fields.add(getTranslation("plan.statusKey"), key);
        Details details = new Details(getTranslation("plan.about"), fields);
        details.addClassName("about-plan");
        return details;
    }

    /** For admins: who receives this priority's weekly sponsor digest, and a button to change it. */
    private Component sponsorLink(long planId, app.tandem.plan.PrioritySponsor sponsor) {
        Paragraph who = new Paragraph(sponsor.accountName() == null
                ? getTranslation("priority.sponsorAccount.none")
                : getTranslation("priority.sponsorAccount.is", sponsor.accountName()));
        Button change = new Button(getTranslation("priority.sponsorAccount.change", sponsor.number()), e ->
                new SponsorDialog(plans, sponsor, access.staff(), () -> render(planId))
                        .open());
        change.addThemeVariants(ButtonVariant.TERTIARY);
        Div box = new Div(who, change);
        box.addClassName("sponsor-account");
        return box;
    }

    private Component progress(PlanDetail plan) {
        List<StatusCount> counts = plans.statusCounts(plan.id());
        long total = counts.stream().mapToLong(StatusCount::count).sum();
        long complete = counts.stream().filter(c -> c.status() != null && c.status().complete())
                .mapToLong(StatusCount::count).sum();
        Div section = new Div();
        section.addClassName("progress-summary");
        section.add(new H2(getTranslation("plan.progress")));
        section.add(new Paragraph(getTranslation("plan.completeOf", complete, total)));
        UnorderedList list = new UnorderedList();
        list.addClassName("status-counts");
        for (StatusCount c : counts) {
            Span number = new Span(String.valueOf(c.count()));
            number.addClassName("count");
            list.add(new ListItem(number, new StatusChip(c.status())));
        }
        section.add(list);
        if (!currentUser.get().map(u -> u.hasRole(Role.FORUM_MEMBER) || u.hasRole(Role.YOUNG_PERSON)).orElse(true)) {
            section.add(new Anchor("plans/" + plan.id() + "/risks", getTranslation("plan.riskRegisterLink")));
        }
        return section;
    }

    private Component priorities(PlanDetail plan) {
        boolean admin = currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        java.util.Map<Long, app.tandem.plan.PrioritySponsor> sponsors = admin
                ? plans.prioritySponsors(plan.id()).stream().collect(java.util.stream.Collectors.toMap(
                        app.tandem.plan.PrioritySponsor::priorityId, java.util.function.Function.identity()))
                : java.util.Map.of();
        Div section = new Div();
        section.addClassName("priorities");
        section.add(new H2(getTranslation("plan.priorities")));
        for (PriorityView p : plan.priorities()) {
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            if (p.inspectorsWords() != null) {
                Div quote = new Div(new Span(getTranslation("priority.inspectorsSaid")), new Paragraph(p.inspectorsWords()));
                quote.addClassName("inspectors-words");
                body.add(quote);
            }
            FieldList fields = new FieldList();
            fields.add(getTranslation("priority.inspectionQuestion"), p.inspectionQuestion());
            fields.add(getTranslation("priority.kloe"), p.kloe());
            fields.add(getTranslation("priority.theme"), p.theme());
            fields.add(getTranslation("priority.strategyPriority"), p.strategyPriority());
            fields.add(getTranslation("priority.specificAim"), p.specificAim());
            fields.add(getTranslation("priority.sponsor"), p.sponsor());
            fields.add(getTranslation("priority.deliveryPartners"), p.deliveryPartners());
            body.add(fields);
            if (sponsors.containsKey(p.id())) {
                body.add(sponsorLink(plan.id(), sponsors.get(p.id())));
            }
            for (OutcomeView o : p.outcomes()) {
                Div outcome = new Div();
                outcome.addClassName("outcome");
                outcome.add(new H3(getTranslation("outcome.heading", o.ref() == null ? "" : o.ref(), o.text())));
                if (!o.impacts().isEmpty()) {
                    UnorderedList impacts = new UnorderedList();
                    o.impacts().forEach(i -> impacts.add(new ListItem(i)));
                    outcome.add(new Span(getTranslation("outcome.impact")), impacts);
                }
                outcome.add(new Span(getTranslation("outcome.actionCount", o.actionCount())));
                body.add(outcome);
            }
            Button show = new Button(getTranslation("priority.showActions", p.number()), e -> {
                priorityFilter.setValue(p);
                grid.getElement().executeJs("this.scrollIntoView()");
            });
            show.addThemeVariants(ButtonVariant.TERTIARY);
            body.add(show);
            Details details = new Details(getTranslation("priority.summary", p.number(), p.title(), p.actionCount()), body);
            section.add(details);
        }
        return section;
    }

    private Component actions(PlanDetail plan) {
        Div section = new Div();
        section.addClassName("actions");
        section.add(new H2(getTranslation("plan.actions")));

        List<StatusView> statusOptions = new java.util.ArrayList<>(plan.scheme());
        statusOptions.add(NOT_RATED);
        statusFilter.setLabel(getTranslation("filter.status"));
        statusFilter.setItems(statusOptions);
        statusFilter.setItemLabelGenerator(s -> s == NOT_RATED ? getTranslation("status.notRated") : s.label());
        organisationFilter.setLabel(getTranslation("filter.leadOrganisation"));
        organisationFilter.setItems(access.organisations());
        organisationFilter.setItemLabelGenerator(OrganisationSummary::label);
        organisationFilter.setClearButtonVisible(true);
        officerFilter.setLabel(getTranslation("filter.leadOfficer"));
        officerFilter.setItems(access.staff());
        officerFilter.setItemLabelGenerator(PersonSummary::displayName);
        officerFilter.setClearButtonVisible(true);
        priorityFilter.setLabel(getTranslation("filter.priority"));
        priorityFilter.setItems(plan.priorities());
        priorityFilter.setItemLabelGenerator(p -> p.number() + ". " + p.title());
        priorityFilter.setClearButtonVisible(true);
        attentionFilter.setLabel(getTranslation("filter.needsAttention"));
        textFilter.setLabel(getTranslation("filter.text"));
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.setClearButtonVisible(true);
        FlexLayout filters = new FlexLayout(statusFilter, organisationFilter, officerFilter, priorityFilter, textFilter,
                attentionFilter);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.addColumn(a -> a.ref() == null ? "" : a.ref()).setHeader(getTranslation("action.ref")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> new Anchor("actions/" + a.id(), a.title())).setHeader(getTranslation("action.title"))
                .setFlexGrow(4);
        grid.addColumn(a -> a.leadOrganisation() == null ? "" : a.leadOrganisation())
                .setHeader(getTranslation("action.leadOrganisation")).setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.leadOfficers())).setHeader(getTranslation("action.leadOfficers"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.endWords() == null ? "" : a.endWords()).setHeader(getTranslation("action.end"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> new StatusChip(a.status())).setHeader(getTranslation("action.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> a.overdueMilestones() == 0 ? new Span()
                        : overdueBadge(a.overdueMilestones()))
                .setHeader(getTranslation("action.attention")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("plan.actions"));
        grid.setEmptyStateText(getTranslation("plan.noMatchingActions"));

        long planId = plan.id();
        Runnable refresh = () -> {
            ActionFilter filter = filter();
            grid.setItems(query -> plans.findActions(planId, filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) plans.countActions(planId, filter));
            resultCount.setText(getTranslation("plan.showingActions", plans.countActions(planId, filter)));
        };
        statusFilter.addValueChangeListener(e -> refresh.run());
        organisationFilter.addValueChangeListener(e -> refresh.run());
        officerFilter.addValueChangeListener(e -> refresh.run());
        priorityFilter.addValueChangeListener(e -> refresh.run());
        attentionFilter.addValueChangeListener(e -> refresh.run());
        textFilter.addValueChangeListener(e -> refresh.run());
        refresh.run();
        resultCount.getElement().setAttribute("aria-live", "polite");
        resultCount.addClassName("result-count");
        section.add(filters, resultCount, grid);
        return section;
    }

    private Span overdueBadge(long overdue) {
        Span badge = new Span(getTranslation("action.overdueMilestones", overdue));
        badge.addClassName("attention");
        return badge;
    }

    ActionFilter filter() {
        Set<Long> statusIds = new HashSet<>();
        boolean notRated = false;
        for (StatusView s : statusFilter.getValue()) {
            if (s == NOT_RATED) {
                notRated = true;
            } else {
                statusIds.add(s.id());
            }
        }
        return new ActionFilter(statusIds, notRated,
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                officerFilter.getValue() == null ? null : officerFilter.getValue().id(),
                priorityFilter.getValue() == null ? null : priorityFilter.getValue().id(),
                attentionFilter.getValue(), Objects.requireNonNullElse(textFilter.getValue(), ""));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

package app.tandem.report.ui;

import app.tandem.base.ui.MainLayout;
import app.tandem.plan.PlanViews.ActionSnapshot;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.OutcomeView;
import app.tandem.plan.PlanViews.PrioritySnapshot;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.PublicPlan;
import app.tandem.report.ReportViews.PublishedUpdate;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published plan for anyone, without signing in: priorities, outcomes, actions, statuses and
 * milestones. Never risks, notes or evidence. An unpublished plan, a plan of another area and a
 * plan that does not exist all show the same not-found page.
 */
@Route(value = "public/:areaSlug/:planId(\\d+)", autoLayout = false)
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet("styles/report.css")
class PublicPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The newest updates shown under each action; older ones stay in the officers' timeline. */
    static final int UPDATES_SHOWN = 3;

    private final ReportService reports;
    private String title = "";

    PublicPlanView(ReportService reports) {
        this.reports = reports;
        addClassName("public-page");
        addClassName("public-plan");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("areaSlug").orElse("");
        long planId = event.getRouteParameters().getLong("planId").orElseThrow();
        PublicPlan plan = reports.publicPlan(slug, planId);
        title = plan.title();
        removeAll();
        add(new Paragraph(plan.areaName()), new H1(plan.title()));
        if (plan.periodText() != null) {
            add(new Paragraph(plan.periodText()));
        }
        if (plan.publishedAt() != null) {
            add(new Paragraph(getTranslation("public.publishedOn",
                    PeriodsView.DAY.format(plan.publishedAt().atZone(ZoneId.of("Europe/London")).toLocalDate()))));
        }
        Map<Long, List<PublishedUpdate>> updatesByAction = new HashMap<>();
        plan.updates().forEach(u -> updatesByAction.computeIfAbsent(u.actionId(), k -> new ArrayList<>()).add(u));
        long total = plan.priorities().stream().mapToLong(p -> p.actions().size()).sum();
        long complete = plan.priorities().stream().flatMap(p -> p.actions().stream())
                .filter(a -> a.status() != null && a.status().complete()).count();
        add(new Paragraph(getTranslation("public.completeOf", complete, total)));
        UnorderedList key = new UnorderedList();
        for (StatusView s : plan.scheme()) {
            key.add(new ListItem(new StatusBadge(FrozenStatus.of(s)),
                    new Span(s.description() == null ? "" : " " + s.description())));
        }
        add(new H2(getTranslation("public.statusKey")), key);
        for (PrioritySnapshot p : plan.priorities()) {
            Div priority = new Div();
            priority.addClassName("public-priority");
            priority.add(new H2(getTranslation("public.priority", p.number(), p.title())));
            if (!p.outcomes().isEmpty()) {
                priority.add(new H3(getTranslation("public.outcomes")));
                UnorderedList outcomes = new UnorderedList();
                for (OutcomeView o : p.outcomes()) {
                    outcomes.add(new ListItem((o.ref() == null ? "" : o.ref() + " ") + o.text()));
                }
                priority.add(outcomes);
            }
            priority.add(new H3(getTranslation("public.actions")));
            for (ActionSnapshot a : p.actions()) {
                Div action = new Div();
                action.addClassName("public-action");
                action.add(new H4((a.ref() == null ? "" : a.ref() + " ") + a.title()));
                action.add(new Paragraph(new Span(getTranslation("public.status") + " "),
                        new StatusBadge(FrozenStatus.of(a.status()))));
                if (a.leadOrganisation() != null) {
                    action.add(new Paragraph(getTranslation("public.lead", a.leadOrganisation())));
                }
                if (a.end().words() != null || a.end().date() != null) {
                    action.add(new Paragraph(getTranslation("public.due",
                            a.end().words() != null ? a.end().words() : PeriodsView.DAY.format(a.end().date()))));
                }
                if (!a.milestones().isEmpty()) {
                    UnorderedList milestones = new UnorderedList();
                    milestones.getElement().setAttribute("aria-label", getTranslation("public.milestones"));
                    for (MilestoneView m : a.milestones()) {
                        String when = m.deadline().words() != null ? m.deadline().words()
                                : m.deadline().date() == null ? "" : PeriodsView.DAY.format(m.deadline().date());
                        String state = m.doneDate() != null ? getTranslation("public.milestone.done", PeriodsView.DAY.format(m.doneDate()))
                                : m.overdue() ? getTranslation("public.milestone.overdue") : getTranslation("public.milestone.open");
                        milestones.add(new ListItem(getTranslation("public.milestone", m.description(), when, state)));
                    }
                    action.add(milestones);
                }
                List<PublishedUpdate> mine = updatesByAction.getOrDefault(a.id(), List.of());
                if (!mine.isEmpty()) {
                    Span heading = new Span(getTranslation("public.updates.heading"));
                    heading.addClassName("public-updates-heading");
                    UnorderedList list = new UnorderedList();
                    list.addClassName("public-updates");
                    list.getElement().setAttribute("aria-label", getTranslation("public.updates.label", a.title()));
                    for (PublishedUpdate u : mine.subList(0, Math.min(UPDATES_SHOWN, mine.size()))) {
                        ListItem item = new ListItem();
                        item.add(new Span(getTranslation("public.update.date", PeriodsView.DAY.format(u.date())) + " "));
                        if (u.statusChanged()) {
                            item.add(new Span(getTranslation("public.update.status", statusWords(u.fromLabel()),
                                    statusWords(u.toLabel())) + " "));
                        }
                        item.add(new Span(u.text()));
                        list.add(item);
                    }
                    action.add(heading, list);
                }
                priority.add(action);
            }
            add(priority);
        }
    }

    private String statusWords(@org.jspecify.annotations.Nullable String label) {
        return label == null ? getTranslation("public.notRated") : label;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

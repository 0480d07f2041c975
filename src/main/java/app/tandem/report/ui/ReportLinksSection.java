package app.tandem.report.ui;

import app.tandem.access.AccessService;
import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.plan.PlanPageSection;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.report.ReportViews.PublicationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan page's "Reports and periods" block, so a new person finds these pages from the plan:
 * staff (admins, officers, board members) get the reporting periods, the highlight report of the
 * current period and its evidence packs; admins also get publishing; everyone gets the public page
 * once the plan is published. Forum members and young people see only that last link, and nothing
 * while the plan is unpublished.
 */
@org.springframework.stereotype.Component
class ReportLinksSection implements PlanPageSection {

    private final ReportService reports;
    private final AccessService access;
    private final CurrentUser currentUser;

    ReportLinksSection(ReportService reports, AccessService access, CurrentUser currentUser) {
        this.reports = reports;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long planId) {
        boolean admin = has(Role.ADMIN);
        boolean staff = admin || has(Role.OFFICER) || has(Role.VIEWER);
        PublicationView publication = reports.publication(planId);
        if (!staff && !publication.published()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassNames("section", "report-links");
        section.add(new H2(section.getTranslation(staff ? "report.links.title" : "report.links.publicTitle")));
        UnorderedList links = new UnorderedList();
        if (staff) {
            List<PeriodView> periods = reports.periods(planId);
            PeriodView current = current(periods);
            links.add(item(new Anchor("plans/" + planId + "/periods", section.getTranslation("report.links.periods")),
                    section.getTranslation(admin ? "report.links.periods.admin" : "report.links.periods.help")));
            if (current == null) {
                links.add(new ListItem(section.getTranslation("report.links.noPeriod")));
            } else {
                String report = "plans/" + planId + "/report/" + current.id();
                links.add(item(new Anchor(report, section.getTranslation("report.links.report", current.name())),
                        section.getTranslation(current.closed() ? "report.links.report.closed" : "report.links.report.open")));
                links.add(item(new Anchor(report + "#evidence-packs", section.getTranslation("report.links.evidence")),
                        section.getTranslation("report.links.evidence.help")));
            }
        }
        if (admin) {
            links.add(item(new Anchor("plans/" + planId + "/periods#publication",
                            section.getTranslation(publication.published() ? "report.links.unpublish" : "report.links.publish")),
                    section.getTranslation(publication.published() ? "report.links.published" : "report.links.notPublished")));
        }
        if (publication.published()) {
            links.add(item(new Anchor("public/" + access.currentArea().slug() + "/" + planId,
                    section.getTranslation("report.links.public")), section.getTranslation("report.links.public.help")));
        }
        section.add(links);
        return Optional.of(section);
    }

    /** The period to report on now: the first open one (the next to close), else the last closed one. */
    static @Nullable PeriodView current(List<PeriodView> periods) {
        return periods.stream().filter(p -> !p.closed()).findFirst()
                .orElse(periods.isEmpty() ? null : periods.getLast());
    }

    private static ListItem item(Anchor link, String help) {
        Span words = new Span(" – " + help);
        words.addClassName("help");
        return new ListItem(link, words);
    }

    private boolean has(Role role) {
        return currentUser.get().map(u -> u.hasRole(role)).orElse(false);
    }
}

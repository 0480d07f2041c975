package app.tandem.demo;

import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PlanSnapshot;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.MilestoneState;
import app.tandem.report.ReportViews.Narrative;
import app.tandem.report.ReportViews.PeriodEdit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Northmere's reporting history: three closed periods whose statuses move towards today's (more
 * complete each time), an open current period with its narrative, and the plan published.
 */
@Component
class ReportDemoData {

    private final PlanService plans;
    private final ReportService reports;

    ReportDemoData(PlanService plans, ReportService reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        long planId = plans.listPlans().getFirst().id();
        PlanSnapshot live = plans.snapshotOf(planId);
        List<StatusView> scheme = live.scheme();
        String[][] periods = {{"Feb 2026 update", "2025-11-01", "2026-01-31", "2026-02-19"},
                {"May 2026 update", "2026-02-01", "2026-04-30", "2026-05-21"},
                {"Aug 2026 update", "2026-05-01", "2026-07-31", "2026-08-20"}};
        for (int p = 0; p < periods.length; p++) {
            int lag = periods.length - p;
            List<ActionState> actions = new ArrayList<>();
            // Counted per status, so every status loses some actions to a worse one the further back we go.
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (ActionState a : app.tandem.report.LiveStates.actions(live)) {
                int i = a.status() == null ? 0 : seen.merge(a.status().label(), 1, Integer::sum) - 1;
                actions.add(new ActionState(a.actionId(), a.ref(), a.title(), a.priorityNumber(), a.priorityTitle(),
                        earlier(scheme, a.status(), i, lag), a.leadOrganisation()));
            }
            List<MilestoneState> milestones = app.tandem.report.LiveStates.milestones(live).stream()
                    .map(m -> new MilestoneState(m.actionId(), m.milestoneId(), m.description(), m.deadlineWords(),
                            m.deadlineDate(), null, m.deadlineDate() != null
                                    && m.deadlineDate().isBefore(LocalDate.parse(periods[0][2]).plusMonths(3L * (3 - lag)))))
                    .toList();
            reports.importClosedPeriod(planId, new PeriodEdit(0, periods[p][0], LocalDate.parse(periods[p][1]),
                    LocalDate.parse(periods[p][2]), LocalDate.parse(periods[p][3])), actions, milestones,
                    new Narrative(0, "The monitoring visit looked at " + (p == 0 ? "how partners agree RAG ratings" : p == 1
                            ? "waiting times for therapy and autism assessment" : "how young people shape the plan")
                            + ". Inspectors saw steady progress and asked for more pace where actions are Red.",
                            "More actions are complete than at the last board. Plans for EHC needs assessments finish on time more often.",
                            "Speech and language therapy waits are still long. Extra sessions are commissioned while recruitment continues.",
                            "1. Note the progress update.\n2. Agree the actions to bring back on track before the next visit."));
        }
        var current = reports.addPeriod(planId, new PeriodEdit(0, "Nov 2026 update", LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-19")));
        reports.saveNarrative(current.id(), new Narrative(current.version(),
                "The monitoring visit on 15 October 2026 focused on annual reviews and the Local Offer.",
                "Annual reviews are now held on time for most young people in year 9 and above.",
                "Recruiting educational psychologists is slow; agency cover is in place until March.",
                "1. Note the contents of this update.\n2. Agree the priorities for the next six months."));
        reports.setPublished(planId, true);
    }

    /** The status an action had earlier: further back, fewer actions were complete or green. */
    private static FrozenStatus earlier(List<StatusView> scheme, FrozenStatus now, int index, int lag) {
        if (now == null || scheme.size() < 3) {
            return now;
        }
        int position = 0;
        for (int k = 0; k < scheme.size(); k++) {
            if (scheme.get(k).label().equals(now.label())) {
                position = k;
            }
        }
        // Scheme order is complete first, then better to worse (Blue, Green, Amber, Red).
        int stepsBack = (index % 4) < lag ? 1 : 0;
        if (lag == 3 && index % 5 == 0) {
            stepsBack++;
        }
        return FrozenStatus.of(scheme.get(Math.min(scheme.size() - 1, position + stepsBack)));
    }
}

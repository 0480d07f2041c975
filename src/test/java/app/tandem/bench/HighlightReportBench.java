package app.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.StatusScheme.StatusOption;
import app.tandem.report.LiveStates;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.PeriodEdit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds the highlight report for a plan of 300 actions with 12 closed periods and prints how
 * long it takes (target: under a second). Not part of the normal suite:
 * {@code ./mvnw test -Dgroups=bench -Dtest=HighlightReportBench}.
 */
@Tag("bench")
class HighlightReportBench extends TandemSpringTest {

    static final List<StatusOption> SCHEME = List.of(new StatusOption("Completed", "#1d70b8", "Done", true),
            new StatusOption("On track", "#00703c", "Going to plan", false),
            new StatusOption("At risk of delay", "#f47738", "May be late", false),
            new StatusOption("Delayed", "#d4351c", "Late", false));

    @Autowired
    AccessService access;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    /** A bench area holding the generated plan: 300 actions, 12 closed periods and an open one. */
    record BenchPlan(long areaId, long planId, long openPeriodId, long closedPeriodId) {}

    /** The generator the plan, home and report benchmarks share. */
    static BenchPlan createBenchPlan(AccessService access, PlanService plans, ReportService reports) {
        long areaId = as(TandemUser.system(Tenancy.ALL_AREAS),
                () -> access.ensureArea("Bench " + System.nanoTime(), "bench-" + System.nanoTime())).id();
        TandemUser system = TandemUser.system(areaId);
        long planId = as(system, () -> plans.createPlan(plan()));
        long openId = as(system, () -> {
            var live = plans.snapshotOf(planId);
            for (int p = 0; p < 12; p++) {
                List<ActionState> states = new ArrayList<>();
                int i = 0;
                for (ActionState a : LiveStates.actions(live)) {
                    StatusOption s = SCHEME.get(Math.max(0, Math.min(3, 3 - (p + i++ % 5) / 3)));
                    states.add(new ActionState(a.actionId(), a.ref(), a.title(), a.priorityNumber(), a.priorityTitle(),
                            new FrozenStatus(s.label(), s.colour(), s.complete()), a.leadOrganisation()));
                }
                LocalDate start = LocalDate.of(2024, 1, 1).plusMonths(3L * p);
                reports.importClosedPeriod(planId, new PeriodEdit(0, "Period " + (p + 1), start,
                        start.plusMonths(3).minusDays(1), null), states, LiveStates.milestones(live), null);
            }
            return reports.addPeriod(planId, new PeriodEdit(0, "Open period", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 3, 31), null)).id();
        });
        long closedId = as(system, () -> reports.periods(planId).get(11).id());
        return new BenchPlan(areaId, planId, openId, closedId);
    }

    @Test
    void highlight_report_for_300_actions_and_12_closed_periods() {
        BenchPlan bench = createBenchPlan(access, plans, reports);
        TandemUser system = TandemUser.system(bench.areaId());
        long planId = bench.planId();
        long openId = bench.openPeriodId();
        long closedId = bench.closedPeriodId();

        as(system, () -> {
            for (int i = 0; i < 3; i++) {
                reports.highlightReport(planId, openId);
                reports.highlightReport(planId, closedId);
            }
            int runs = 10;
            long t0 = System.nanoTime();
            HighlightReport open = null;
            for (int i = 0; i < runs; i++) {
                open = reports.highlightReport(planId, openId);
            }
            long openMs = (System.nanoTime() - t0) / 1_000_000 / runs;
            long t1 = System.nanoTime();
            HighlightReport closed = null;
            for (int i = 0; i < runs; i++) {
                closed = reports.highlightReport(planId, closedId);
            }
            long closedMs = (System.nanoTime() - t1) / 1_000_000 / runs;
            System.out.printf("HighlightReportBench: 300 actions, 12 closed periods: open period %d ms, closed period %d ms"
                    + " (average of %d, warm)%n", openMs, closedMs, runs);
            assertThat(open.total()).isEqualTo(300);
            assertThat(closed.total()).isEqualTo(300);
            assertThat(open.previous()).isNotNull();
            return null;
        });
    }

    static PlanDraft plan() {
        List<PriorityDraft> priorities = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            List<OutcomeDraft> outcomes = new ArrayList<>();
            for (int o = 1; o <= 5; o++) {
                List<ActionDraft> actions = new ArrayList<>();
                for (int a = 1; a <= 10; a++) {
                    String ref = p + "." + o + "." + a;
                    actions.add(new ActionDraft(ref, "Bench action " + ref, null, null, null, null, null, null, null, null,
                            null, null, "Q1 2026", "Q4 2027", null, null, null, "Minutes of the board", "Internal note",
                            SCHEME.get(a % 4).label(), null,
                            List.of(new MilestoneDraft("First milestone " + ref, "Mar 2026", null),
                                    new MilestoneDraft("Second milestone " + ref, "Dec 2027", null)),
                            null));
                }
                outcomes.add(new OutcomeDraft(p + "." + o, "Bench outcome " + p + "." + o, null, actions));
            }
            priorities.add(new PriorityDraft(String.valueOf(p), "Bench priority " + p, null, null, null, null, null, null,
                    null, null, outcomes, null));
        }
        return new PlanDraft(PlanKind.IMPROVEMENT_PLAN, "Bench plan", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, SCHEME, priorities);
    }

    static <T> T as(TandemUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

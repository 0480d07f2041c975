package app.tandem.report;

import app.tandem.plan.PlanViews.ActionSnapshot;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.PlanSnapshot;
import app.tandem.plan.PlanViews.PrioritySnapshot;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.MilestoneState;
import java.util.ArrayList;
import java.util.List;

/** A plan as a period would freeze it: statuses and milestones copied as values. */
public final class LiveStates {

    private LiveStates() {}

    public static List<ActionState> actions(PlanSnapshot plan) {
        List<ActionState> result = new ArrayList<>();
        for (PrioritySnapshot p : plan.priorities()) {
            for (ActionSnapshot a : p.actions()) {
                result.add(new ActionState(a.id(), a.ref(), a.title(), p.number(), p.title(), FrozenStatus.of(a.status()),
                        a.leadOrganisation()));
            }
        }
        return result;
    }

    public static List<MilestoneState> milestones(PlanSnapshot plan) {
        List<MilestoneState> result = new ArrayList<>();
        for (PrioritySnapshot p : plan.priorities()) {
            for (ActionSnapshot a : p.actions()) {
                for (MilestoneView m : a.milestones()) {
                    result.add(new MilestoneState(a.id(), m.id(), m.description(), m.deadline().words(),
                            m.deadline().date(), m.doneDate(), m.overdue()));
                }
            }
        }
        return result;
    }
}

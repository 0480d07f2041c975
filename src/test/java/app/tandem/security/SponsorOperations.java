package app.tandem.security;

import app.tandem.plan.PrioritySponsor;
import app.tandem.security.RoleMatrixTest.Operation;
import java.util.Map;

/** The role-matrix rows for priority sponsors as accounts (issue 6). Linking keeps the current link, so rows leave no trace. */
final class SponsorOperations {

    private SponsorOperations() {}

    static void register(Map<String, Operation> ops) {
        ops.put("prioritySponsors", new Operation("PlanService", "prioritySponsors",
                (t, f) -> t.plans.prioritySponsors(f.planId())));
        ops.put("linkSponsor", new Operation("PlanService", "linkSponsor", (t, f) -> {
            PrioritySponsor first = t.plans.prioritySponsors(f.planId()).getFirst();
            t.plans.linkSponsor(first.priorityId(), first.version(), first.accountId());
        }));
    }
}

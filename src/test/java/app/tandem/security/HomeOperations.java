package app.tandem.security;

import app.tandem.security.RoleMatrixTest.Call;
import app.tandem.security.RoleMatrixTest.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The home module's rows of the role matrix, and the bounded reads it added to plan and feedback (issue 11). */
final class HomeOperations {

    private HomeOperations() {}

    static void register(Map<String, Operation> ops) {
        home(ops, "homeWhatsNew", "whatsNew", (t, f) -> t.home.whatsNew());
        home(ops, "homeMarkAllSeen", "markAllSeen", (t, f) -> t.home.markAllSeen());
        home(ops, "homeForYou", "forYou", (t, f) -> t.home.forYou());
        home(ops, "homeMyWork", "myWork", (t, f) -> t.home.myWork());
        home(ops, "homeBoardReadiness", "boardReadiness", (t, f) -> t.home.boardReadiness());
        home(ops, "homeAtAGlance", "atAGlance", (t, f) -> t.home.atAGlance());
        ops.put("recentStatusChanges", new Operation("PlanService", "recentStatusChanges",
                (t, f) -> t.plans.recentStatusChanges(f.planId(), Instant.EPOCH, 20)));
        ops.put("myMilestonesDue", new Operation("PlanService", "myMilestonesDue",
                (t, f) -> t.plans.myMilestonesDue(LocalDate.now().plusDays(14), 20)));
        ops.put("myRisksScoredAtLeast", new Operation("PlanService", "myRisksScoredAtLeast",
                (t, f) -> t.plans.myRisksScoredAtLeast(15, 20)));
        ops.put("answersToMyComments", new Operation("FeedbackService", "answersToMyComments",
                (t, f) -> t.feedback.answersToMyComments(Instant.EPOCH, 20)));
        ops.put("recentAnswers", new Operation("FeedbackService", "recentAnswers",
                (t, f) -> t.feedback.recentAnswers(f.planId(), null, true, 20)));
    }

    private static void home(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("HomeService", method, call));
    }
}

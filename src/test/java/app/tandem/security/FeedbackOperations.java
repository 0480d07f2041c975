package app.tandem.security;

import app.tandem.TandemSpringTest;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.ResponseOutcome;
import app.tandem.feedback.TargetKind;
import app.tandem.security.RoleMatrixTest.Call;
import app.tandem.security.RoleMatrixTest.Fixture;
import app.tandem.security.RoleMatrixTest.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The feedback module's rows of the role matrix (comments, responses, moderation, notifications). */
final class FeedbackOperations {

    private FeedbackOperations() {}

    static void register(Map<String, Operation> ops) {
        feedback(ops, "commentThread", "thread", (t, f) -> t.feedback.thread(TargetKind.ACTION, f.ownAction().id()));
        feedback(ops, "commentCounts", "visibleCounts",
                (t, f) -> t.feedback.visibleCounts(TargetKind.ACTION, List.of(f.ownAction().id())));
        feedback(ops, "postComment", "post", (t, f) -> t.feedback.post(comment(f, "Matrix check comment")));
        feedback(ops, "editOwnComment", "edit", (t, f) -> t.feedback.edit(
                t.feedback.post(comment(f, "Matrix check comment")).commentId(), "Matrix check changed"));
        feedback(ops, "deleteOwnComment", "delete",
                (t, f) -> t.feedback.delete(t.feedback.post(comment(f, "Matrix check comment")).commentId()));
        feedback(ops, "supportComment", "toggleSupport", (t, f) -> t.feedback.toggleSupport(officersComment(t, f)));
        feedback(ops, "reportComment", "report", (t, f) -> t.feedback.report(officersComment(t, f), "matrix"));
        feedback(ops, "respondOnOwnAction", "respond", (t, f) -> t.feedback.respond(parentsComment(t, f),
                new OfficialResponse(ResponseOutcome.ANSWERED, "Matrix check answer", null)));
        feedback(ops, "awaitingMyResponse", "awaitingMyResponse", (t, f) -> t.feedback.awaitingMyResponse());
        feedback(ops, "responseTimes", "responseTimes", (t, f) -> t.feedback.responseTimes(null, null));
        feedback(ops, "youSaidWeDid", "youSaidWeDid", (t, f) -> t.feedback.youSaidWeDid(f.planId()));
        feedback(ops, "amForumRepresentative", "amForumRepresentative", (t, f) -> t.feedback.amForumRepresentative());
        feedback(ops, "responseWorkingDays", "responseWorkingDays", (t, f) -> t.feedback.responseWorkingDays());
        moderation(ops, "moderationQueue", "queue", (t, f) -> t.moderation.queue());
        moderation(ops, "moderationQueueSize", "queueSize", (t, f) -> t.moderation.queueSize());
        moderation(ops, "approveComment", "approve", (t, f) -> t.moderation.approve(heldComment(t, f)));
        moderation(ops, "redactComment", "redact",
                (t, f) -> t.moderation.redact(heldComment(t, f), "Redacted words", "Personal details"));
        moderation(ops, "rejectComment", "reject", (t, f) -> t.moderation.reject(heldComment(t, f), "Personal details"));
        moderation(ops, "moderationAudit", "auditTrail", (t, f) -> t.moderation.auditTrail());
        moderation(ops, "safeguardingAlerts", "safeguardingAlerts", (t, f) -> t.moderation.safeguardingAlerts());
        moderation(ops, "closeSafeguardingAlert", "closeAlert", (t, f) -> {
            long commentId = t.asUser(TandemSpringTest.NORTHMERE_FORUM_MEMBER,
                    () -> t.feedback.post(comment(f, "I am not safe at home"))).commentId();
            long alertId = t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> t.moderation.safeguardingAlerts()).stream()
                    .filter(a -> a.commentId() == commentId).findFirst().orElseThrow().id();
            t.moderation.closeAlert(alertId, "Called the family");
        });
        moderation(ops, "memberFlags", "memberFlags", (t, f) -> t.moderation.memberFlags());
        moderation(ops, "setForumRepresentative", "setForumRepresentative",
                (t, f) -> t.moderation.setForumRepresentative(account(t, TandemSpringTest.NORTHMERE_FORUM_MEMBER), true));
        moderation(ops, "setSafeguardingLead", "setSafeguardingLead",
                (t, f) -> t.moderation.setSafeguardingLead(account(t, TandemSpringTest.NORTHMERE_ADMIN), true));
        moderation(ops, "setResponseWorkingDays", "setResponseWorkingDays", (t, f) -> t.moderation.setResponseWorkingDays(10));
        moderation(ops, "addBankHoliday", "addBankHoliday",
                (t, f) -> t.moderation.addBankHoliday(LocalDate.of(2030, 1, 1), "New Year's Day"));
        moderation(ops, "bankHolidays", "bankHolidays", (t, f) -> t.moderation.bankHolidays());
        inbox(ops, "unreadNotifications", "unreadCount", (t, f) -> t.inbox.unreadCount());
        inbox(ops, "latestNotifications", "latest", (t, f) -> t.inbox.latest());
        inbox(ops, "markNotificationsRead", "markAllRead", (t, f) -> t.inbox.markAllRead());
        // The forum's own rating (feedback2)
        feedback(ops, "forumRating", "forumRating", (t, f) -> t.feedback.forumRating(f.ownAction().id()));
        feedback(ops, "rateActionAsForum", "rateAction", (t, f) -> {
            // Representatives rate; the matrix's forum member is made one (rolled back with the rest).
            long parent = account(t, TandemSpringTest.NORTHMERE_FORUM_MEMBER);
            t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> {
                t.moderation.setForumRepresentative(parent, true);
                return null;
            });
            t.feedback.rateAction(f.ownAction().id(), new app.tandem.feedback.FeedbackViews.NewForumRating(
                    t.openPeriod(f).id(), f.ownAction().scheme().getFirst().id(), "Matrix check reason"));
        });
        feedback(ops, "forumDisagreements", "forumDisagreements",
                (t, f) -> t.feedback.forumDisagreements(f.planId(), t.openPeriod(f).id()));
        feedback(ops, "backdateCommentForDemo", "backdateForDemo",
                (t, f) -> t.feedback.backdateForDemo(parentsComment(t, f), java.time.Instant.now()));
        ops.put("periodsOfPlan", new Operation("ReportService", "periodsOfPlan", (t, f) -> t.reports.periodsOfPlan(f.planId())));
        ops.put("savePlainSummaryOwnAction", new Operation("PlanService", "savePlainSummary",
                (t, f) -> t.plans.savePlainSummary(f.ownAction().id(), f.ownAction().version(), "Matrix check summary")));
        ops.put("savePlainSummaryOthersAction", new Operation("PlanService", "savePlainSummary",
                (t, f) -> t.plans.savePlainSummary(f.othersAction().id(), f.othersAction().version(), "Matrix check summary")));
        // language module
        language(ops, "glossary", "glossary", (t, f) -> t.language.glossary());
        language(ops, "saveGlossaryTerm", "saveTerm", (t, f) -> t.language.saveTerm(
                new app.tandem.language.LanguageViews.GlossaryEdit("MATRIX", "Matrix check", null)));
        language(ops, "deleteGlossaryTerm", "deleteTerm", (t, f) -> {
            t.asUser(TandemSpringTest.NORTHMERE_ADMIN, () -> t.language.saveTerm(
                    new app.tandem.language.LanguageViews.GlossaryEdit("MATRIX", "Matrix check", null)));
            t.language.deleteTerm("MATRIX");
        });
        language(ops, "explainText", "explain", (t, f) -> t.language.explain("The EHCP is ready."));
        language(ops, "readability", "readability", (t, f) -> t.language.readability("The EHCP is ready."));
    }

    private static NewComment comment(Fixture f, String body) {
        return new NewComment(TargetKind.ACTION, f.ownAction().id(), null, body, false, false, UUID.randomUUID().toString());
    }

    private static long officersComment(RoleMatrixTest t, Fixture f) {
        return t.asUser(TandemSpringTest.NORTHMERE_OFFICER, () -> t.feedback.post(comment(f, "Officer's matrix comment")))
                .commentId();
    }

    private static long parentsComment(RoleMatrixTest t, Fixture f) {
        return t.asUser(TandemSpringTest.NORTHMERE_FORUM_MEMBER, () -> t.feedback.post(comment(f, "Parent's matrix comment")))
                .commentId();
    }

    /** A young person's comment: always held, and never the caller's own (young people are denied anyway). */
    private static long heldComment(RoleMatrixTest t, Fixture f) {
        return t.asUser(TandemSpringTest.NORTHMERE_YOUNG_PERSON, () -> t.feedback.post(comment(f, "Young person's comment")))
                .commentId();
    }

    private static long account(RoleMatrixTest t, String email) {
        return t.accountIdOf(email);
    }

    private static void feedback(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("FeedbackService", method, call));
    }

    private static void moderation(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("ModerationService", method, call));
    }

    private static void language(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("LanguageService", method, call));
    }

    private static void inbox(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("InboxService", method, call));
    }
}

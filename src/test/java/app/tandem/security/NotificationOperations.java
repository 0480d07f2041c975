package app.tandem.security;

import app.tandem.notification.Frequency;
import app.tandem.notification.MailKind;
import app.tandem.security.RoleMatrixTest.Call;
import app.tandem.security.RoleMatrixTest.Operation;
import java.util.Map;

/** The notification module's rows of the role matrix, and the system-only reads it added elsewhere. */
final class NotificationOperations {

    private NotificationOperations() {}

    static void register(Map<String, Operation> ops) {
        notification(ops, "mailSettings", "mySettings", (t, f) -> t.notifications.mySettings());
        notification(ops, "setMailSetting", "setMySetting",
                (t, f) -> t.notifications.setMySetting(MailKind.MODERATION, Frequency.DAILY));
        notification(ops, "outgoingMail", "outgoingMail", (t, f) -> t.notifications.outgoingMail());
        notification(ops, "unsubscribeByLink", "unsubscribe", (t, f) -> t.notifications.unsubscribe("not-a-token"));
        ops.put("commentForMail", new Operation("FeedbackService", "commentForMail",
                (t, f) -> t.feedback.commentForMail(1)));
        ops.put("safeguardingLeads", new Operation("FeedbackService", "safeguardingLeads",
                (t, f) -> t.feedback.safeguardingLeads()));
        ops.put("allAreas", new Operation("AccessService", "allAreas", (t, f) -> t.access.allAreas()));
    }

    private static void notification(Map<String, Operation> ops, String action, String method, Call call) {
        ops.put(action, new Operation("NotificationService", method, call));
    }
}

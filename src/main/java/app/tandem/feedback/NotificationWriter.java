package app.tandem.feedback;

import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PersonRef;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the module's events into in-app notifications, in the same transaction as the change.
 * Events for held comments are never published, so nothing here can leak one.
 */
@Component
class NotificationWriter {

    private final NotificationRepository notifications;
    private final MemberRepository members;
    private final CommentRepository comments;
    private final PlanService plans;
    private final CommentRules rules;

    NotificationWriter(NotificationRepository notifications, MemberRepository members, CommentRepository comments,
            PlanService plans, CommentRules rules) {
        this.notifications = notifications;
        this.members = members;
        this.comments = comments;
        this.plans = plans;
        this.rules = rules;
    }

    @EventListener
    void on(CommentPosted e) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (e.actionId() != null) {
            plans.getAction(e.actionId()).leadOfficers().stream().map(PersonRef::id).forEach(recipients::add);
        }
        // A reply tells the author of the comment it answers, too.
        comments.findById(e.commentId()).map(c -> c.parentId).flatMap(comments::findById)
                .ifPresent(parent -> recipients.add(parent.authorId));
        recipients.remove(e.authorId());
        recipients.forEach(r -> notifications.save(
                new Notification(r, NotificationKind.NEW_COMMENT, e.commentId(), e.actionId(), rules.now())));
    }

    @EventListener
    void on(CommentAnswered e) {
        Long actionId = comments.findById(e.commentId()).map(c -> c.actionId).orElse(null);
        notifications.save(new Notification(e.authorId(), NotificationKind.RESPONSE, e.commentId(), actionId, rules.now()));
    }

    @EventListener
    void on(CommentModerated e) {
        Long actionId = comments.findById(e.commentId()).map(c -> c.actionId).orElse(null);
        notifications.save(new Notification(e.authorId(), NotificationKind.MODERATION, e.commentId(), actionId,
                rules.now()));
    }

    @EventListener
    void on(SafeguardingAlertRaised e) {
        members.findBySafeguardingLeadTrue().forEach(m -> notifications.save(
                new Notification(m.accountId, NotificationKind.SAFEGUARDING, e.commentId(), null, rules.now())));
    }
}

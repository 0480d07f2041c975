package app.tandem.feedback;

import app.tandem.access.TandemUser;
import app.tandem.feedback.FeedbackViews.NotificationView;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The signed-in person's in-app notifications (the bell). */
@Service
@Validated
@Transactional(readOnly = true)
public class InboxService {

    private final NotificationRepository notifications;
    private final CommentRules rules;

    InboxService(NotificationRepository notifications, CommentRules rules) {
        this.notifications = notifications;
        this.rules = rules;
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(rules.user().accountId());
    }

    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> latest() {
        return notifications.findTop50ByRecipientIdOrderByCreatedAtDesc(rules.user().accountId()).stream()
                .map(n -> new NotificationView(Objects.requireNonNull(n.getId()), n.kind, n.actionId, n.commentId,
                        n.createdAt, n.readAt != null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        TandemUser me = rules.user();
        notifications.findByRecipientIdAndReadAtIsNull(me.accountId()).forEach(n -> n.readAt = rules.now());
    }
}

package app.tandem.notification;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.Tenancy;
import app.tandem.notification.NotificationViews.MailSetting;
import app.tandem.notification.NotificationViews.OutgoingMail;
import app.tandem.notification.NotificationViews.UnsubscribeOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * For the module's own pages only (e-mail settings, outgoing mail, unsubscribe): other modules
 * never call it, they publish events. The sent-log is area data, so an admin sees their own area's
 * mail and no other.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class NotificationService {

    private final Preferences preferences;
    private final SentMailRepository sentLog;
    private final UnsubscribeTokens tokens;
    private final CurrentUser currentUser;

    NotificationService(Preferences preferences, SentMailRepository sentLog, UnsubscribeTokens tokens,
            CurrentUser currentUser) {
        this.preferences = preferences;
        this.sentLog = sentLog;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    /** The kinds of mail that reach me, with how often; safeguarding alerts shown as fixed. */
    @PreAuthorize("isAuthenticated()")
    public List<MailSetting> mySettings() {
        TandemUser me = currentUser.require();
        Role role = me.role().orElse(Role.ADMIN);
        List<MailSetting> settings = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            if (kind.appliesTo(role)) {
                settings.add(new MailSetting(kind, preferences.frequency(me.accountId(), kind), !kind.choosable()));
            }
        }
        return settings;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MailSetting setMySetting(@jakarta.validation.constraints.NotNull MailKind kind,
            @jakarta.validation.constraints.NotNull Frequency frequency) {
        TandemUser me = currentUser.require();
        if (!kind.choosable()) {
            throw new InvalidInputException(Map.of("frequency", "mail.settings.fixed"));
        }
        if (!kind.offers(frequency)) {
            throw new InvalidInputException(Map.of("frequency", "mail.settings.notOffered"));
        }
        preferences.set(me.accountId(), kind, frequency);
        return new MailSetting(kind, frequency, false);
    }

    /** The latest 500 lines of this area's sent-log, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutgoingMail> outgoingMail() {
        return sentLog.findTop500ByOrderByCreatedAtDesc().stream()
                .map(m -> new OutgoingMail(m.createdAt, m.recipientEmail, m.subject, m.kind, m.status.name()))
                .toList();
    }

    /**
     * A one-click unsubscribe link, with nobody signed in: turns off that person's kind of mail in
     * that area and nothing else. Works in the token's own area, outside any caller transaction.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public NotificationViews.Unsubscribed unsubscribe(String token) {
        return tokens.read(token).map(subject -> Tenancy.callAs(subject.areaId(), () -> {
            if (subject.kind() == MailKind.DIGEST) {
                preferences.turnOffDigests(subject.accountId());
                return new NotificationViews.Unsubscribed(UnsubscribeOutcome.DIGESTS_TURNED_OFF, subject.kind());
            }
            if (!subject.kind().choosable()) {
                return new NotificationViews.Unsubscribed(UnsubscribeOutcome.CANNOT_TURN_OFF, subject.kind());
            }
            preferences.set(subject.accountId(), subject.kind(), Frequency.OFF);
            return new NotificationViews.Unsubscribed(UnsubscribeOutcome.TURNED_OFF, subject.kind());
        })).orElse(new NotificationViews.Unsubscribed(UnsubscribeOutcome.INVALID, null));
    }
}

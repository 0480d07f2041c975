package app.tandem.notification;

import java.time.Instant;

/** What the notification module's pages show. */
public final class NotificationViews {

    private NotificationViews() {}

    /** One kind of mail and how often the person gets it; {@code fixed} when it cannot be changed. */
    public record MailSetting(MailKind kind, Frequency frequency, boolean fixed) {}

    /** A line of the sent-log for the admin's "Outgoing mail" page. */
    public record OutgoingMail(Instant at, String to, String subject, MailKind kind, String status) {}

    /** What an unsubscribe link did. */
    public enum UnsubscribeOutcome { TURNED_OFF, DIGESTS_TURNED_OFF, CANNOT_TURN_OFF, INVALID }

    /** The outcome with the kind it concerned (none for an invalid link). */
    public record Unsubscribed(UnsubscribeOutcome outcome, @org.jspecify.annotations.Nullable MailKind kind) {}
}

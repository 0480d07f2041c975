package app.tandem.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one letter to one person, exactly once: each delivery has its own transaction that
 * writes the sent-log row first (unique per thing, person and kind) and sends second. If the SMTP
 * server refuses, the row rolls back and the exception reaches the outbox, which keeps the event
 * for a retry; a retry finds the rows of the people already served and skips them.
 */
@Component
class Postman {

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    /** Who a mail goes to. */
    record Recipient(long accountId, String email, String name) {}

    private final SentMailRepository sentLog;
    private final Preferences preferences;
    private final Postbox postbox;
    private final UnsubscribeTokens tokens;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Postman(SentMailRepository sentLog, Preferences preferences, Postbox postbox, UnsubscribeTokens tokens,
            PlatformTransactionManager transactions, Clock clock) {
        this.sentLog = sentLog;
        this.preferences = preferences;
        this.postbox = postbox;
        this.tokens = tokens;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends now, keeps for a digest, or notes that the person turned the kind off; in the caller's area. */
    void deliver(long areaId, Recipient to, MailKind kind, String dedupKey, Letter letter) {
        Frequency frequency = kind == MailKind.SAFEGUARDING || kind == MailKind.DIGEST ? Frequency.IMMEDIATELY
                : preferences.frequency(to.accountId(), kind);
        SentMail.Status status = switch (frequency) {
            case OFF -> SentMail.Status.TURNED_OFF;
            case DAILY, WEEKLY, MONTHLY -> kind == MailKind.ATTENTION ? SentMail.Status.SENT : SentMail.Status.WAITING_FOR_DIGEST;
            case IMMEDIATELY -> SentMail.Status.SENT;
        };
        record(areaId, to, kind, dedupKey, letter, status, kind, () -> {});
    }

    /** @return whether this call wrote the row (false: done before, nothing sent again) */
    boolean record(long areaId, Recipient to, MailKind kind, String dedupKey, Letter letter, SentMail.Status status,
            MailKind unsubscribeKind, Runnable inSameTransaction) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(tx -> {
                if (sentLog.existsByDedupKeyAndRecipientIdAndKind(dedupKey, to.accountId(), kind)) {
                    return false;
                }
                Instant now = clock.instant();
                sentLog.saveAndFlush(new SentMail(dedupKey, to.accountId(), to.email(), kind, letter.subject(),
                        letter.link(), status, now));
                inSameTransaction.run();
                if (status == SentMail.Status.SENT) {
                    postbox.send(to.email(), to.name(), letter, tokens.tokenFor(to.accountId(), areaId, unsubscribeKind));
                    log.info("Sent {} mail {} to account {}", kind, dedupKey, to.accountId());
                }
                return true;
            }));
        } catch (DataIntegrityViolationException raced) {
            // Another delivery of the same event wrote the row first: it sends, this one does not.
            return false;
        }
    }
}

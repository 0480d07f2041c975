package app.tandem.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries mail the SMTP server refused: every {@code tandem.mail.retry-interval} it resubmits the
 * outbox's incomplete publications whose wait is over. The wait starts at {@code
 * tandem.mail.retry-after} and doubles with each failed attempt, up to an hour, so a server that is
 * down for a day is not hammered. Pending mail also goes after a restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class OutboxRetry {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final IncompleteEventPublications incomplete;
    private final Duration firstWait;
    private final Clock clock;

    OutboxRetry(IncompleteEventPublications incomplete, @Value("${tandem.mail.retry-after:PT30S}") Duration firstWait,
            Clock clock) {
        this.incomplete = incomplete;
        this.firstWait = firstWait;
        this.clock = clock;
    }

    /** On one node at a time (ShedLock), so two nodes never resubmit the same publication together. */
    @Scheduled(fixedDelayString = "${tandem.mail.retry-interval:PT1M}", initialDelayString = "${tandem.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "notification.outbox-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void retry() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(p -> due(p, now));
    }

    boolean due(EventPublication p, Instant now) {
        Instant last = p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
        return !last.plus(wait(p.getCompletionAttempts())).isAfter(now);
    }

    Duration wait(int attempts) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}

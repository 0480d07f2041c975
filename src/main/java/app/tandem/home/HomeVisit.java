package app.tandem.home;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** When a person last looked at their home page, and from when "what's new" counts. */
@Entity
@Table(name = "home_visit")
class HomeVisit extends AreaScopedEntity {

    /** A gap this long between two page loads starts a new visit. */
    static final Duration NEW_VISIT_AFTER = Duration.ofHours(1);

    /** On a first visit, "what's new" covers this many days. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);

    @Column(name = "account_id")
    long accountId;

    @Column(name = "since_at")
    Instant sinceAt = Instant.EPOCH;

    @Column(name = "last_seen_at")
    Instant lastSeenAt = Instant.EPOCH;

    protected HomeVisit() {}

    HomeVisit(long accountId, Instant now) {
        this.accountId = accountId;
        this.sinceAt = now.minus(FIRST_LOOK_BACK);
        this.lastSeenAt = now;
    }

    /**
     * A page load at {@code now}: when the last one was more than an hour ago, this is a new visit
     * and "what's new" starts where the last visit was. Reloads within a visit keep the window.
     */
    void looked(Instant now) {
        if (lastSeenAt.plus(NEW_VISIT_AFTER).isBefore(now)) {
            sinceAt = lastSeenAt;
        }
        lastSeenAt = now;
    }

    /** "Mark all as seen": nothing before now is new any more. */
    void seenAll(Instant now) {
        sinceAt = now;
        lastSeenAt = now;
    }
}

package app.tandem.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes people's choices; no row means the kind's default. */
@Component
class Preferences {

    private final MailPreferenceRepository repository;

    Preferences(MailPreferenceRepository repository) {
        this.repository = repository;
    }

    Frequency frequency(long accountId, MailKind kind) {
        if (!kind.choosable()) {
            return Frequency.IMMEDIATELY;
        }
        return repository.findByAccountIdAndKind(accountId, kind).map(p -> p.frequency).orElse(kind.defaultFrequency());
    }

    @Transactional
    void set(long accountId, MailKind kind, Frequency frequency) {
        if (!kind.choosable()) {
            throw new IllegalArgumentException("Safeguarding alerts cannot be turned off");
        }
        MailPreference p = repository.findByAccountIdAndKind(accountId, kind)
                .orElseGet(() -> new MailPreference(accountId, kind, frequency));
        p.frequency = frequency;
        repository.save(p);
    }

    /** What a digest's unsubscribe link does: every kind now collected in a digest is turned off. */
    @Transactional
    void turnOffDigests(long accountId) {
        for (MailKind kind : MailKind.values()) {
            Frequency f = frequency(accountId, kind);
            if (kind.choosable() && (f == Frequency.DAILY || f == Frequency.WEEKLY || f == Frequency.MONTHLY)) {
                set(accountId, kind, Frequency.OFF);
            }
        }
    }
}

package app.tandem.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    boolean existsByDedupKeyAndRecipientIdAndKind(String dedupKey, long recipientId, MailKind kind);

    List<SentMail> findTop500ByOrderByCreatedAtDesc();

    List<SentMail> findByStatusAndCreatedAtBeforeOrderByCreatedAt(SentMail.Status status, Instant before);

    long countByRecipientIdAndKindAndDedupKey(long recipientId, MailKind kind, String dedupKey);
}

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    Optional<MailPreference> findByAccountIdAndKind(long accountId, MailKind kind);

    List<MailPreference> findByAccountId(long accountId);

    List<MailPreference> findByKindAndFrequency(MailKind kind, Frequency frequency);

    List<MailPreference> findByAccountIdIn(Collection<Long> accountIds);
}

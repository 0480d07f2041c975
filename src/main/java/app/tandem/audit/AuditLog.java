package app.tandem.audit;

import app.tandem.access.CurrentUser;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit records. A change and its record commit together: inside a writing transaction the
 * record joins it (so a rolled-back change leaves no record and a recorded change cannot be lost).
 * Where there is nothing to join (a sign-in), the caller only reads (an export) or is about to
 * fail (a denial), the record gets a transaction of its own in the area it belongs to.
 */
@Component
class AuditLog {

    private final AuditRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate joining;
    private final TransactionTemplate alone;

    AuditLog(AuditRecordRepository records, CurrentUser currentUser, Clock clock, PlatformTransactionManager tm) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
        this.joining = new TransactionTemplate(tm);
        this.alone = new TransactionTemplate(tm);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A record by whoever is signed in (none, or the system user: Tandem itself). */
    void record(long areaId, AuditKind kind, @Nullable String objectType, @Nullable Long objectId,
            @Nullable String label) {
        write(areaId, kind, actor(), objectType, objectId, label, !canJoin());
    }

    /** A record with a given actor, always in its own transaction (sign-ins, denials). */
    void recordAlone(long areaId, AuditKind kind, @Nullable Long actorId, @Nullable String objectType,
            @Nullable Long objectId, @Nullable String label) {
        write(areaId, kind, actorId, objectType, objectId, label, true);
    }

    private void write(long areaId, AuditKind kind, @Nullable Long actorId, @Nullable String objectType,
            @Nullable Long objectId, @Nullable String label, boolean ownTransaction) {
        AuditRecord record = new AuditRecord(clock.instant(), kind, actorId, objectType, objectId, label);
        if (ownTransaction) {
            Tenancy.callAs(areaId, () -> alone.execute(status -> records.save(record)));
        } else {
            joining.executeWithoutResult(status -> records.save(record));
        }
    }

    private static boolean canJoin() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private @Nullable Long actor() {
        return currentUser.get().filter(u -> !u.isSystem()).map(TandemUser::accountId).orElse(null);
    }
}

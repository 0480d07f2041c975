package app.tandem.audit;

import app.tandem.base.PersonalDataContributor;
import app.tandem.base.RetentionRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Audit records about a person, for their export (PR-3); and the area's retention period for
 * audit records. Erasure changes no record: they name people by account id, and the account's
 * name becomes "A former ..." in every view of them.
 */
@Component
class AuditPersonalData implements PersonalDataContributor, RetentionRule {

    private final AuditRecordRepository records;

    @PersistenceContext
    private EntityManager em;

    AuditPersonalData(AuditRecordRepository records) {
        this.records = records;
    }

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> items = new ArrayList<>();
        for (AuditRecord r : records.about(person.accountId())) {
            boolean byThem = r.actorId() != null && r.actorId() == person.accountId();
            items.add(List.of(new PersonalDataSection.Field("When", r.at().toString()),
                    new PersonalDataSection.Field("What", r.kind().name()),
                    new PersonalDataSection.Field("By them", byThem ? "yes" : "no"),
                    new PersonalDataSection.Field("Object", r.objectType() == null ? ""
                            : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId())),
                    new PersonalDataSection.Field("Details", r.objectLabel() == null ? "" : r.objectLabel())));
        }
        return List.of(new PersonalDataSection("Audit records about them", items));
    }

    @Override
    public int erase(DataSubject person) {
        return 0;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.AUDIT_ENTRIES;
    }

    /** The only way an audit record ends: plain SQL, since the entity itself can never be changed. */
    @Override
    public int applyBefore(long areaId, Instant cutoff) {
        return em.createNativeQuery("delete from audit_record where area_id = ?1 and at < ?2")
                .setParameter(1, areaId).setParameter(2, cutoff).executeUpdate();
    }
}

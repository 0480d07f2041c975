package app.tandem.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: save and read, nothing else (no update, no delete; AU-1). */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    @Query("""
            select r from AuditRecord r
            where (:kind is null or r.kind = :kind) and (:actorId is null or r.actorId = :actorId)
              and r.at >= :from and r.at < :to
            order by r.at desc, r.id desc""")
    Page<AuditRecord> find(@Param("kind") @Nullable AuditKind kind, @Param("actorId") @Nullable Long actorId,
            @Param("from") Instant from, @Param("to") Instant to, Pageable page);

    @Query("""
            select r from AuditRecord r
            where r.actorId = :accountId or (r.objectType = 'PERSON' and r.objectId = :accountId)
            order by r.at, r.id""")
    List<AuditRecord> about(@Param("accountId") long accountId);

    long count();
}

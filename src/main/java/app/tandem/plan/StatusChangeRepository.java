package app.tandem.plan;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByActionIdOrderByChangedAtDescIdDesc(long actionId);

    /** A plan's status changes since an instant, newest first, one page (home page). */
    @Query("""
            select c from StatusChange c join fetch c.action a where a.plan.id = :planId and c.changedAt >= :since
            order by c.changedAt desc, c.id desc""")
    List<StatusChange> recentInPlan(long planId, Instant since, Pageable page);
}

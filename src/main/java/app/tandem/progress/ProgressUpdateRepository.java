package app.tandem.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    Optional<ProgressUpdate> findByIdempotencyKey(String idempotencyKey);

    List<ProgressUpdate> findByActionIdOrderByDateDescIdDesc(long actionId);

    /** Each action's latest update date in a plan: [actionId, date]. */
    @Query("select u.actionId, max(u.date) from ProgressUpdate u where u.planId = :planId group by u.actionId")
    List<Object[]> lastUpdateDates(@Param("planId") long planId);

    /** A plan's updates, newest first; the report reads scalar fields only (no links or files). */
    List<ProgressUpdate> findByPlanIdOrderByDateDescIdDesc(long planId);

    boolean existsByIdAndActionId(long id, long actionId);

}

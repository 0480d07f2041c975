package app.tandem.plan;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskRepository extends JpaRepository<Risk, Long> {

    @EntityGraph(attributePaths = "action")
    @Query("select r from Risk r where r.action.plan.id = :planId order by r.action.position, r.position")
    List<Risk> findByPlan(long planId);

    @EntityGraph(attributePaths = "action")
    @Query("select r from Risk r where r.ownerId = :ownerId order by r.action.position, r.position")
    List<Risk> findByOwner(long ownerId);
}

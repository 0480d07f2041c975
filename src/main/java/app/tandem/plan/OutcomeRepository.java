package app.tandem.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {
    List<Outcome> findByPriorityPlanIdOrderByPriorityPositionAscPositionAsc(long planId);
}

package app.tandem.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityRepository extends JpaRepository<Priority, Long> {
    List<Priority> findByPlanIdOrderByPosition(long planId);
}

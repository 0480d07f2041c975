package app.tandem.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    @Query("""
            select m.action.id, count(m) from Milestone m
            where m.action.id in :actionIds and m.doneDate is null and m.deadline.date < :today
            group by m.action.id""")
    List<Object[]> countOverdueByAction(Collection<Long> actionIds, LocalDate today);
}

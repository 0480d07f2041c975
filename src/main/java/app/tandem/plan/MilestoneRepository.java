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

    /** Open milestones due on or before {@code until} on actions led by the account or its organisation. */
    @Query("""
            select m from Milestone m join fetch m.action a
            where m.doneDate is null and m.deadline.date is not null and m.deadline.date <= :until
            and (:accountId member of a.leadOfficerIds or a.leadOrganisationId = :organisationId)
            order by m.deadline.date, m.id""")
    List<Milestone> openDueForLead(long accountId, long organisationId, LocalDate until,
            org.springframework.data.domain.Pageable page);
}

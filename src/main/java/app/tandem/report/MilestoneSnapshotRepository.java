package app.tandem.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneSnapshotRepository extends JpaRepository<MilestoneSnapshotRow, Long> {

    List<MilestoneSnapshotRow> findByPeriodIdOrderByIdAsc(long periodId);
}

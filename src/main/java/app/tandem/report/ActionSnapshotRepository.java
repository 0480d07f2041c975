package app.tandem.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionSnapshotRepository extends JpaRepository<ActionSnapshotRow, Long> {

    List<ActionSnapshotRow> findByPeriodIdOrderByIdAsc(long periodId);

    long countByPeriodId(long periodId);
}

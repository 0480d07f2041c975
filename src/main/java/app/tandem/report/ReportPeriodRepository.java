package app.tandem.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportPeriodRepository extends JpaRepository<ReportPeriod, Long> {

    List<ReportPeriod> findByPlanIdOrderByEndDateAscIdAsc(long planId);
}

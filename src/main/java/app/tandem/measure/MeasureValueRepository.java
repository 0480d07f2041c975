package app.tandem.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdIn(Collection<Long> measureIds);

    Optional<MeasureValue> findByMeasureIdAndPeriodIdAndSeries(long measureId, long periodId, String series);
}

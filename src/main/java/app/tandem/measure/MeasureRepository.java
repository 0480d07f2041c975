package app.tandem.measure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByPlanIdOrderByPositionAscIdAsc(long planId);

    List<Measure> findBySurveyId(long surveyId);

    /**
     * The measures fed by a survey, locked until the transaction ends (in id order, so two callers
     * never deadlock): recomputations for one measure then run one after another, each reading the
     * counts the previous one's response committed, so an older count never overwrites a newer one.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select m from Measure m where m.surveyId = :surveyId order by m.id")
    List<Measure> lockBySurveyId(long surveyId);
}

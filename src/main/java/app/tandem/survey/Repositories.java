package app.tandem.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByPlanIdOrderByIdAsc(long planId);

    @Query("select s.revision from Survey s where s.id = :id")
    Optional<Long> revisionOf(long id);
}

interface SectionRepository extends JpaRepository<SurveySection, Long> {

    List<SurveySection> findBySurveyIdOrderByPositionAscIdAsc(long surveyId);
}

interface QuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findBySurveyIdOrderByPositionAscIdAsc(long surveyId);

    List<SurveyQuestion> findBySectionIdOrderByPositionAscIdAsc(long sectionId);

    List<SurveyQuestion> findByShowIfQuestionId(long questionId);

    long countBySurveyId(long surveyId);
}

interface OptionRepository extends JpaRepository<SurveyOption, Long> {

    List<SurveyOption> findByQuestionIdInOrderByPositionAscIdAsc(Collection<Long> questionIds);

    List<SurveyOption> findByQuestionIdOrderByPositionAscIdAsc(long questionId);
}

interface WaveRepository extends JpaRepository<SurveyWave, Long> {

    List<SurveyWave> findBySurveyIdOrderByOpensAscIdAsc(long surveyId);

    List<SurveyWave> findBySurveyIdIn(Collection<Long> surveyIds);

    @Query("select w from SurveyWave w where w.opens <= :today and w.closes >= :today order by w.closes, w.id")
    List<SurveyWave> openOn(java.time.LocalDate today);
}

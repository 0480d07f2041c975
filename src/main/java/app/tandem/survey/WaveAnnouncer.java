package app.tandem.survey;

import app.tandem.access.SystemWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link SurveyWaveOpened} for waves whose open date has come (waves created already open
 * are announced when created). Runs shortly after midnight; the flag flips in one
 * statement per wave, so each wave is announced exactly once however often this runs.
 */
@Component
class WaveAnnouncer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaveAnnouncer(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    record Due(long areaId, long surveyId, long waveId, Audience audience) {}

    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "survey.wave-announcer", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${tandem.survey.announce-cron:0 5 0 * * *}")
    void onSchedule() {
        announceDue();
    }

    /** Announces every wave open today that was not announced yet; returns how many. */
    int announceDue() {
        LocalDate today = LocalDate.now(clock);
        List<Due> due = jdbc.query("""
                select w.area_id, w.survey_id, w.id, s.audience from survey_wave w
                join survey s on s.id = w.survey_id and s.area_id = w.area_id
                where w.announced = false and w.opens <= ? and w.closes >= ?""",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), Audience.valueOf(rs.getString(4))),
                java.sql.Date.valueOf(today), java.sql.Date.valueOf(today));
        int announced = 0;
        for (Due d : due) {
            Boolean won = SystemWork.inArea(d.areaId(), () -> transaction.execute(status -> {
                if (jdbc.update("update survey_wave set announced = true where area_id = ? and id = ? and announced = false",
                        d.areaId(), d.waveId()) != 1) {
                    return false;
                }
                events.publishEvent(new SurveyWaveOpened(d.areaId(), d.surveyId(), d.waveId(), d.audience()));
                return true;
            }));
            if (Boolean.TRUE.equals(won)) {
                announced++;
            }
        }
        return announced;
    }
}

package app.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.feedback.FeedbackViews.ResponseTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Response times now read four dates per comment (a projection) instead of whole comments: the
 * same figures come out, and the query still finds the area's comments.
 */
class ResponseTimesTest extends TandemSpringTest {

    @Autowired
    FeedbackService feedback;

    @Test
    void answered_on_time_late_awaiting_and_overdue_are_counted_from_the_dates() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<ResponseClock> clocks = List.of(
                new ResponseClock(1L, at("2026-03-02"), at("2026-03-04"), LocalDate.of(2026, 3, 10)), // 2 days, on time
                new ResponseClock(1L, at("2026-03-02"), at("2026-03-12"), LocalDate.of(2026, 3, 10)), // 10 days, late
                new ResponseClock(2L, at("2026-03-02"), null, LocalDate.of(2026, 3, 10)), // awaiting, overdue
                new ResponseClock(2L, at("2026-03-18"), null, LocalDate.of(2026, 4, 1))); // awaiting

        ResponseTimes times = FeedbackService.times("All", clocks, today);

        assertThat(times.answered()).isEqualTo(2);
        assertThat(times.medianDays()).isEqualTo(6.0);
        assertThat(times.percentOnTime()).isEqualTo(50);
        assertThat(times.awaiting()).isEqualTo(2);
        assertThat(times.overdue()).isEqualTo(1);
    }

    @Test
    void the_projection_reads_the_areas_published_comments() {
        ResponseTimes all = as(NORTHMERE_ADMIN, () -> feedback.responseTimes(null, null)).getFirst();
        assertThat(all.answered() + all.awaiting()).as("Northmere's demo comments on actions").isPositive();
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(CommentRules.UK).toInstant();
    }
}

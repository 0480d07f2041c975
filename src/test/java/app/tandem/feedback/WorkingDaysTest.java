package app.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final WorkingDays noHolidays = new WorkingDays(Set.of());

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), UK));
    }

    @Test
    void ten_working_days_from_a_monday_is_the_monday_two_weeks_later() {
        LocalDate monday = today("2026-03-02T10:00:00Z");
        assertThat(noHolidays.plus(monday, 10)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void a_comment_posted_on_a_saturday_starts_counting_on_monday() {
        LocalDate saturday = today("2026-03-07T18:30:00Z");
        assertThat(noHolidays.plus(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(noHolidays.plus(saturday, 10)).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void bank_holidays_are_skipped() {
        WorkingDays easter = new WorkingDays(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
        LocalDate thursday = LocalDate.of(2026, 4, 2);
        assertThat(easter.plus(thursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(easter.plus(thursday, 10)).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void late_evening_in_summer_time_is_still_the_same_uk_day() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        assertThat(today("2026-06-30T23:30:00Z")).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void christmas_uses_the_default_england_and_wales_list() {
        WorkingDays england = new WorkingDays(WorkingDays.ENGLAND_AND_WALES);
        assertThat(england.plus(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(FeedbackService.median(java.util.List.of(1L, 9L, 3L, 5L))).isEqualTo(4.0);
        assertThat(FeedbackService.median(java.util.List.of())).isNull();
    }
}

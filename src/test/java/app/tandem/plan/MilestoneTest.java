package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    private static final LocalDate PLAN_START = LocalDate.of(2025, 9, 1);

    private static Milestone milestone(String deadline, LocalDate done) {
        return new Milestone(new Action(), 0, "Needs assessment agreed", WrittenDate.read(deadline, PLAN_START), done);
    }

    @Test
    void a_month_deadline_runs_to_the_end_of_that_month() {
        Milestone m = milestone("Nov 2025", null);
        assertThat(m.isOverdue(LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(m.isOverdue(LocalDate.of(2025, 12, 1))).isTrue();
    }

    @Test
    void a_day_deadline_is_overdue_the_day_after() {
        Milestone m = milestone("30/09/2026", null);
        assertThat(m.isOverdue(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(m.isOverdue(LocalDate.of(2026, 10, 1))).isTrue();
    }

    @Test
    void a_done_milestone_is_never_overdue() {
        assertThat(milestone("Nov 2025", LocalDate.of(2026, 1, 5)).isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void a_deadline_without_a_date_is_never_overdue() {
        assertThat(milestone("TBC", null).isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(milestone("On-going", null).isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void the_words_are_kept_beside_the_date() {
        WrittenDate d = WrittenDate.read("end of Q1", PLAN_START);
        assertThat(d.words()).isEqualTo("end of Q1");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 6, 30));
    }
}

package app.tandem.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.home.HomeViews.WorkItem;
import app.tandem.home.HomeViews.WorkKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The home page's own rules: what counts as a new visit, and the order of an officer's work. */
class HomeRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");

    @Test
    void a_first_visit_looks_back_30_days() {
        HomeVisit v = new HomeVisit(7, NOW);
        assertThat(v.sinceAt).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void a_reload_within_the_hour_keeps_the_window_and_a_later_visit_starts_from_the_last_one() {
        HomeVisit v = new HomeVisit(7, NOW);
        Instant first = v.sinceAt;
        v.looked(NOW.plus(Duration.ofMinutes(20)));
        assertThat(v.sinceAt).isEqualTo(first);
        v.looked(NOW.plus(Duration.ofDays(2)));
        assertThat(v.sinceAt).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void mark_all_as_seen_starts_from_now() {
        HomeVisit v = new HomeVisit(7, NOW);
        v.seenAll(NOW.plusSeconds(5));
        assertThat(v.sinceAt).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void overdue_work_comes_first_answers_to_families_leading_then_the_soonest_then_undated_and_high_risks_last() {
        LocalDate today = LocalDate.of(2026, 3, 14);
        WorkItem risk = new WorkItem(WorkKind.HIGH_RISK, 1, "1.1a", "A", null, null, 20, "actions/1");
        WorkItem bigRisk = new WorkItem(WorkKind.HIGH_RISK, 2, "1.1b", "B", null, null, 25, "actions/2");
        WorkItem never = new WorkItem(WorkKind.UPDATE_DUE, 3, "1.1c", "C", null, null, null, "actions/3/update");
        WorkItem soon = new WorkItem(WorkKind.MILESTONE_DUE, 4, "1.1d", "D", "m", today.plusDays(3), null, "actions/4");
        WorkItem late = new WorkItem(WorkKind.ANSWER_DUE, 5, "1.1e", "E", "q", today.minusDays(2), null, "actions/5");
        WorkItem staleUpdate = new WorkItem(WorkKind.UPDATE_DUE, 6, "1.1f", "F", null, today.minusDays(40), null,
                "actions/6/update");
        assertThat(HomeService.sortByUrgency(List.of(risk, soon, never, staleUpdate, bigRisk, late), today))
                .containsExactly(late, staleUpdate, soon, never, bigRisk, risk);
    }
}

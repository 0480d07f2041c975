package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.progress.Attention.Facts;
import app.tandem.progress.Attention.ReasonKind;
import app.tandem.progress.Attention.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttentionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Attention rules = new Attention(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static Facts facts(boolean complete, LocalDate end, long overdue, LocalDate lastUpdate, LocalDate planStart,
            Integer interval) {
        return new Facts(complete, end, overdue, lastUpdate, planStart, interval);
    }

    @Test
    void action_past_its_end_date_and_not_complete_needs_attention_with_the_date_as_reason() {
        Verdict v = rules.judge(facts(false, TODAY.minusDays(1), 0, TODAY, null, null));

        assertThat(v.needsAttention()).isTrue();
        assertThat(v.updateDue()).isFalse();
        assertThat(v.reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.END_DATE_PASSED);
            assertThat(r.date()).isEqualTo(TODAY.minusDays(1));
        });
    }

    @Test
    void action_ending_today_does_not_need_attention_yet() {
        assertThat(rules.judge(facts(false, TODAY, 0, TODAY, null, null)).needsAttention()).isFalse();
    }

    @Test
    void overdue_milestones_make_an_action_need_attention_and_are_counted() {
        Verdict v = rules.judge(facts(false, null, 2, TODAY, null, null));

        assertThat(v.needsAttention()).isTrue();
        assertThat(v.reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.MILESTONES_OVERDUE);
            assertThat(r.count()).isEqualTo(2);
        });
    }

    @Test
    void complete_action_never_needs_attention_nor_an_update() {
        Verdict v = rules.judge(facts(true, TODAY.minusYears(1), 3, null, TODAY.minusYears(2), null));

        assertThat(v.needsAttention()).isFalse();
        assertThat(v.updateDue()).isFalse();
        assertThat(v.reasons()).isEmpty();
        assertThat(v.urgency()).isEqualTo(2);
    }

    @Test
    void update_is_due_once_the_default_30_days_since_the_last_update_have_passed() {
        assertThat(rules.judge(facts(false, null, 0, TODAY.minusDays(30), null, null)).updateDue()).isFalse();
        Verdict due = rules.judge(facts(false, null, 0, TODAY.minusDays(31), null, null));
        assertThat(due.updateDue()).isTrue();
        assertThat(due.dueSince()).isEqualTo(TODAY.minusDays(1));
        assertThat(due.needsAttention()).isFalse();
        assertThat(due.urgency()).isEqualTo(1);
    }

    @Test
    void the_plans_monitoring_interval_replaces_the_default() {
        assertThat(rules.judge(facts(false, null, 0, TODAY.minusDays(60), null, 90)).updateDue()).isFalse();
        assertThat(rules.judge(facts(false, null, 0, TODAY.minusDays(91), null, 90)).updateDue()).isTrue();
    }

    @Test
    void without_updates_the_interval_runs_from_the_plan_start() {
        assertThat(rules.judge(facts(false, null, 0, null, TODAY.minusDays(10), null)).updateDue()).isFalse();
        assertThat(rules.judge(facts(false, null, 0, null, TODAY.minusDays(40), null)).updateDue()).isTrue();
    }

    @Test
    void the_later_of_last_update_and_plan_start_counts() {
        // An old update before a recent plan start: the plan start counts.
        assertThat(rules.judge(facts(false, null, 0, TODAY.minusDays(100), TODAY.minusDays(5), null)).updateDue()).isFalse();
    }

    @Test
    void never_updated_and_no_plan_start_is_due() {
        Verdict v = rules.judge(facts(false, null, 0, null, null, null));
        assertThat(v.updateDue()).isTrue();
        assertThat(v.dueSince()).isNull();
    }

    @Test
    void needing_attention_comes_before_update_due() {
        Verdict both = rules.judge(facts(false, TODAY.minusDays(3), 1, null, null, null));
        assertThat(both.urgency()).isZero();
        assertThat(both.reasons()).extracting(Attention.Reason::kind).containsExactly(ReasonKind.END_DATE_PASSED,
                ReasonKind.MILESTONES_OVERDUE, ReasonKind.UPDATE_DUE);
    }
}

package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.report.ReportViews.ActionChange;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.StatusTally;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    static final FrozenStatus DONE = new FrozenStatus("Completed", "#1d70b8", true);
    static final FrozenStatus ON_TRACK = new FrozenStatus("On track", "#00703c", false);
    static final FrozenStatus AT_RISK = new FrozenStatus("At risk of delay", "#f47738", false);
    static final List<FrozenStatus> SCHEME = List.of(DONE, ON_TRACK, AT_RISK);

    static ActionState action(long id, String priority, FrozenStatus status) {
        return new ActionState(id, priority + "." + id, "Action " + id, priority, "Priority " + priority, status, null);
    }

    @Test
    void counts_now_and_at_the_previous_period_in_the_schemes_order() {
        List<ActionState> before = List.of(action(1, "1", ON_TRACK), action(2, "1", AT_RISK), action(3, "2", DONE));
        List<ActionState> now = List.of(action(1, "1", DONE), action(2, "1", ON_TRACK), action(3, "2", DONE));

        List<StatusTally> tallies = SnapshotDiff.tallies(SCHEME, now, before);

        assertThat(tallies).containsExactly(new StatusTally(DONE, 2, 1L), new StatusTally(ON_TRACK, 1, 1L),
                new StatusTally(AT_RISK, 0, 1L));
        assertThat(ReportText.tally(tallies.getFirst(), "Feb 2023 update")).isEqualTo("2 Completed (1 at Feb 2023 update)");
    }

    @Test
    void without_a_previous_period_there_is_nothing_to_compare() {
        List<StatusTally> tallies = SnapshotDiff.tallies(SCHEME, List.of(action(1, "1", DONE)), null);

        assertThat(tallies).allSatisfy(t -> assertThat(t.previous()).isNull());
        assertThat(ReportText.tally(tallies.getFirst(), null)).isEqualTo("1 Completed");
    }

    @Test
    void a_status_renamed_since_the_last_period_is_still_counted_after_the_schemes_own() {
        FrozenStatus old = new FrozenStatus("Amber", "#f47738", false);
        List<StatusTally> tallies = SnapshotDiff.tallies(SCHEME, List.of(action(1, "1", DONE)), List.of(action(1, "1", old)));

        assertThat(tallies).extracting(t -> t.status().label()).containsExactly("Completed", "On track",
                "At risk of delay", "Amber");
        assertThat(tallies.getLast().previous()).isEqualTo(1L);
    }

    @Test
    void unrated_actions_are_counted_last() {
        List<StatusTally> tallies = SnapshotDiff.tallies(SCHEME, List.of(action(1, "1", null)), List.of());

        assertThat(tallies.getLast()).isEqualTo(new StatusTally(null, 1, 0L));
    }

    @Test
    void says_what_moved_and_what_is_new() {
        List<ActionState> before = List.of(action(1, "1", AT_RISK), action(2, "1", ON_TRACK));
        List<ActionState> now = List.of(action(1, "1", ON_TRACK), action(2, "1", ON_TRACK), action(3, "2", AT_RISK));

        List<ActionChange> changes = SnapshotDiff.changes(now, before);

        assertThat(changes.get(0).changed()).isTrue();
        assertThat(changes.get(0).before()).isEqualTo(AT_RISK);
        assertThat(ReportPdf.change(changes.get(0), true)).isEqualTo("At risk of delay → On track");
        assertThat(changes.get(1).changed()).isFalse();
        assertThat(ReportPdf.change(changes.get(1), true)).isEqualTo("No change");
        assertThat(changes.get(2).newSinceLastPeriod()).isTrue();
        assertThat(changes.get(2).changed()).isFalse();
    }

    @Test
    void groups_actions_by_priority_with_their_own_counts() {
        List<ActionState> now = List.of(action(1, "1", DONE), action(2, "1", ON_TRACK), action(3, "2", DONE));
        var blocks = SnapshotDiff.byPriority(SCHEME, SnapshotDiff.changes(now, null), null);

        assertThat(blocks).extracting(ReportViews.PriorityBlock::number).containsExactly("1", "2");
        assertThat(blocks.getFirst().tallies().getFirst().now()).isEqualTo(1);
        assertThat(blocks.get(1).actions()).hasSize(1);
    }
}

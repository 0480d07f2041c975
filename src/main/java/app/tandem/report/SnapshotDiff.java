package app.tandem.report;

import app.tandem.report.ReportViews.ActionChange;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.PriorityBlock;
import app.tandem.report.ReportViews.StatusTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares the statuses of one period with the previous one: counts per status (in the plan's own
 * order, statuses that have since left the scheme after it, then "not rated") and which actions
 * moved. Statuses are matched by their words, as the board reads them.
 */
final class SnapshotDiff {

    private SnapshotDiff() {}

    static List<StatusTally> tallies(List<FrozenStatus> scheme, List<ActionState> now, @Nullable List<ActionState> previous) {
        Map<String, FrozenStatus> order = new LinkedHashMap<>();
        scheme.forEach(s -> order.put(s.label(), s));
        Map<String, Long> nowCounts = count(now, order);
        Map<String, Long> beforeCounts = previous == null ? Map.of() : count(previous, order);
        long nowUnrated = now.stream().filter(a -> a.status() == null).count();
        long beforeUnrated = previous == null ? 0 : previous.stream().filter(a -> a.status() == null).count();
        List<StatusTally> result = new ArrayList<>();
        for (FrozenStatus s : order.values()) {
            result.add(new StatusTally(s, nowCounts.getOrDefault(s.label(), 0L),
                    previous == null ? null : beforeCounts.getOrDefault(s.label(), 0L)));
        }
        if (nowUnrated > 0 || beforeUnrated > 0) {
            result.add(new StatusTally(null, nowUnrated, previous == null ? null : beforeUnrated));
        }
        return result;
    }

    /** Counts by label; labels not in {@code order} are added to it, after the scheme's own. */
    private static Map<String, Long> count(List<ActionState> actions, Map<String, FrozenStatus> order) {
        Map<String, Long> counts = new HashMap<>();
        for (ActionState a : actions) {
            if (a.status() != null) {
                order.putIfAbsent(a.status().label(), a.status());
                counts.merge(a.status().label(), 1L, Long::sum);
            }
        }
        return counts;
    }

    static List<ActionChange> changes(List<ActionState> now, @Nullable List<ActionState> previous) {
        Map<Long, ActionState> before = previous == null ? Map.of()
                : previous.stream().collect(Collectors.toMap(ActionState::actionId, Function.identity(), (a, b) -> a));
        return now.stream().map(a -> {
            ActionState b = before.get(a.actionId());
            return new ActionChange(a, b == null ? null : b.status(), previous != null && b == null);
        }).toList();
    }

    /** The actions grouped by priority, in the order they come, each group with its own tallies. */
    static List<PriorityBlock> byPriority(List<FrozenStatus> scheme, List<ActionChange> changes,
            @Nullable List<ActionState> previous) {
        Map<String, List<ActionChange>> groups = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (ActionChange c : changes) {
            groups.computeIfAbsent(c.now().priorityNumber(), k -> new ArrayList<>()).add(c);
            titles.putIfAbsent(c.now().priorityNumber(), c.now().priorityTitle());
        }
        List<PriorityBlock> blocks = new ArrayList<>();
        groups.forEach((number, list) -> {
            List<ActionState> before = previous == null ? null
                    : previous.stream().filter(a -> a.priorityNumber().equals(number)).toList();
            blocks.add(new PriorityBlock(number, titles.get(number), list,
                    tallies(scheme, list.stream().map(ActionChange::now).toList(), before)));
        });
        return blocks;
    }
}

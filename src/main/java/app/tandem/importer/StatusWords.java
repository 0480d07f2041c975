package app.tandem.importer;

import app.tandem.plan.StatusScheme;
import app.tandem.plan.StatusScheme.StatusOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps the status words a sheet uses ("Completed", "Blue", "On track", "Delayed/Not started",
 * "Green?") onto a plan's own scheme: its labels first, then common words for each BRAG colour.
 */
final class StatusWords {

    /** What a word means, as one of the BRAG colours (or "complete"). */
    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("complete", "complete"), Map.entry("completed", "complete"), Map.entry("done", "complete"),
            Map.entry("finished", "complete"), Map.entry("closed", "complete"), Map.entry("achieved", "complete"),
            Map.entry("blue", "complete"), Map.entry("b", "complete"),
            Map.entry("green", "green"), Map.entry("on track", "green"), Map.entry("on target", "green"),
            Map.entry("g", "green"), Map.entry("good progress", "green"),
            Map.entry("amber", "amber"), Map.entry("at risk", "amber"), Map.entry("some risks", "amber"),
            Map.entry("in progress", "amber"), Map.entry("at risk of delay", "amber"), Map.entry("a", "amber"),
            Map.entry("red", "red"), Map.entry("delayed", "red"), Map.entry("not started", "red"),
            Map.entry("delayed not started", "red"), Map.entry("delayed or not started", "red"),
            Map.entry("off track", "red"), Map.entry("r", "red"), Map.entry("overdue", "red"));

    private static final Map<String, List<String>> SCHEME_WORDS = Map.of(
            "green", List.of("green", "on track"),
            "amber", List.of("amber", "at risk", "some risk"),
            "red", List.of("red", "delayed", "not started", "major risk"));

    private final StatusScheme scheme;

    StatusWords(StatusScheme scheme) {
        this.scheme = scheme;
    }

    /** The result of reading one cell: the label chosen (or none) and whether a person should check it. */
    record Match(@Nullable String label, boolean uncertain) {}

    Match read(String words) {
        String raw = words.strip();
        if (raw.isEmpty()) {
            return new Match(null, false);
        }
        Optional<StatusOption> exact = scheme.find(raw);
        if (exact.isPresent()) {
            return new Match(exact.get().label(), false);
        }
        boolean uncertain = raw.contains("?");
        String key = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        Optional<StatusOption> byKey = scheme.find(key);
        if (byKey.isPresent()) {
            return new Match(byKey.get().label(), uncertain);
        }
        String meaning = MEANING.get(key);
        if (meaning == null) {
            return new Match(null, true);
        }
        if (meaning.equals("complete")) {
            return new Match(scheme.completeOption().label(), uncertain);
        }
        for (StatusOption option : scheme.options()) {
            String label = option.label().toLowerCase(Locale.ROOT);
            String description = option.description().toLowerCase(Locale.ROOT);
            for (String w : SCHEME_WORDS.get(meaning)) {
                if (!option.complete() && (label.contains(w) || description.startsWith(w))) {
                    return new Match(option.label(), uncertain);
                }
            }
        }
        return new Match(null, true);
    }
}

package app.tandem.plan;

import java.util.List;
import java.util.Optional;

/**
 * A plan's ordered status words (e.g. Blue / Green / Amber / Red, or Completed / On track / At risk
 * of delay / Delayed or not started). Exactly one label means complete.
 */
public record StatusScheme(List<StatusOption> options) {

    public StatusScheme {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A status scheme needs at least one status.");
        }
        long complete = options.stream().filter(StatusOption::complete).count();
        if (complete != 1) {
            throw new IllegalArgumentException("Exactly one status must mean complete, found " + complete + ".");
        }
        if (options.stream().map(o -> o.label().toLowerCase(java.util.Locale.ROOT)).distinct().count() != options.size()) {
            throw new IllegalArgumentException("Each status needs its own words.");
        }
    }

    /** The default BRAG scheme most plans use. */
    public static StatusScheme brag() {
        return new StatusScheme(List.of(
                new StatusOption("Blue", "#1d70b8", "Complete, no further action", true),
                new StatusOption("Green", "#00703c", "On track: progressing as expected and on time", false),
                new StatusOption("Amber", "#b35900", "Some risks: problems identified and progress delayed", false),
                new StatusOption("Red", "#d4351c", "Major risks: significant issues that need escalating", false)));
    }

    public StatusOption completeOption() {
        return options.stream().filter(StatusOption::complete).findFirst().orElseThrow();
    }

    public Optional<StatusOption> find(String label) {
        return options.stream().filter(o -> o.label().equalsIgnoreCase(label.trim())).findFirst();
    }

    public boolean isComplete(String label) {
        return find(label).map(StatusOption::complete).orElse(false);
    }

    public record StatusOption(String label, String colour, String description, boolean complete) {
        public StatusOption {
            if (label.isBlank()) {
                throw new IllegalArgumentException("A status needs words.");
            }
            if (!colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A status colour is written #rrggbb, not " + colour);
            }
        }
    }
}

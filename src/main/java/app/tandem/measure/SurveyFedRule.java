package app.tandem.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a survey-fed measure turns one question's counts in a wave into the period's value and n.
 * Plain code, no persistence: the counts come from the survey module's per-option tally.
 *
 * <p>"Prefer not to say" ({@value #PREFER_NOT_TO_SAY}) is shown separately and never counts as a
 * respondent of the measure: n is the people who gave a real answer. So 90 agreeing out of 100
 * respondents of whom 10 preferred not to say is 100% (90 of 90), not 90%.
 */
public final class SurveyFedRule {

    public static final String PREFER_NOT_TO_SAY = "prefer_not_to_say";

    /** How the value is computed. */
    public enum Method {
        /** Per cent of respondents choosing any of the given options (e.g. agree + strongly agree). */
        PERCENT_CHOOSING,
        /** Mean of the answers (scales, ratings, numbers). */
        MEAN,
        /** How many respondents chose any of the given options, or answered at all when none are given. */
        COUNT
    }

    /**
     * One question's counts in one wave, as the survey module's tally gives them. respondents: people
     * who gave a real answer (those who preferred not to say are not respondents; their count is in
     * optionCounts under {@value #PREFER_NOT_TO_SAY}); optionCounts: people choosing each option code
     * (a multiple-choice answer counts once for each option chosen); mean: of the scored answers.
     */
    public record Tally(int respondents, Map<String, Long> optionCounts, @Nullable BigDecimal mean) {}

    /** The value to record for the period and the n to show beside it. */
    public record Computed(BigDecimal value, int respondents) {}

    private SurveyFedRule() {}

    /** The value and n, or empty when nobody has given a real answer yet (no value beats a made-up 0%). */
    public static Optional<Computed> compute(Method method, Collection<String> optionCodes, Tally tally) {
        int n = Math.max(0, tally.respondents());
        if (n == 0) {
            return Optional.empty();
        }
        return switch (method) {
            case PERCENT_CHOOSING -> {
                long choosing = choosing(optionCodes, tally, n);
                yield Optional.of(new Computed(BigDecimal.valueOf(choosing * 100L)
                        .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), n));
            }
            case MEAN -> tally.mean() == null ? Optional.empty()
                    : Optional.of(new Computed(tally.mean().setScale(2, RoundingMode.HALF_UP), n));
            case COUNT -> Optional.of(new Computed(BigDecimal.valueOf(optionCodes.isEmpty() ? n
                    : choosing(optionCodes, tally, n)), n));
        };
    }

    /**
     * Respondents choosing any of the codes. For a single answer per person that is the sum of the
     * options' counts; a multiple-choice person choosing two of them would be counted twice, so the
     * sum is capped at n (the tally has no per-person detail; pick one option for multiple choice).
     */
    private static long choosing(Collection<String> codes, Tally tally, int n) {
        long sum = 0;
        for (String code : codes) {
            if (!PREFER_NOT_TO_SAY.equals(code)) {
                sum += tally.optionCounts().getOrDefault(code, 0L);
            }
        }
        return Math.min(sum, n);
    }
}

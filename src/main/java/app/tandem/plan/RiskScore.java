package app.tandem.plan;

import org.jspecify.annotations.Nullable;

/**
 * Consequence x likelihood, each 1 to 5. Computed, never typed. With either factor missing the
 * risk is "not scored", never 0 (seed 000 shows a "0" where both cells were blank).
 */
public record RiskScore(@Nullable Integer consequence, @Nullable Integer likelihood) {

    public RiskScore {
        check(consequence);
        check(likelihood);
    }

    private static void check(@Nullable Integer factor) {
        if (factor != null && (factor < 1 || factor > 5)) {
            throw new IllegalArgumentException("A risk factor is scored from 1 to 5, not " + factor);
        }
    }

    public boolean isScored() {
        return consequence != null && likelihood != null;
    }

    /** 1 to 25, or null when not scored. */
    public @Nullable Integer value() {
        return isScored() ? consequence * likelihood : null;
    }

    public Band band() {
        Integer v = value();
        if (v == null) {
            return Band.NOT_SCORED;
        }
        if (v >= 15) {
            return Band.HIGH;
        }
        if (v >= 8) {
            return Band.MEDIUM;
        }
        return Band.LOW;
    }

    public enum Band {
        NOT_SCORED,
        LOW,
        MEDIUM,
        HIGH
    }
}

package app.tandem.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The rules of a measure: which way it moved, whether that is better, and where it stands against its target. */
public final class MeasureRules {

    private MeasureRules() {}

    /** The default "close to target" band: within 5% of the target. */
    public static final BigDecimal DEFAULT_CLOSE_PERCENT = BigDecimal.valueOf(5);

    public enum Unit { PERCENT, WEEKS, DAYS, COUNT, SCORE }

    public enum Better { HIGHER, LOWER }

    public enum Source { OFFICER, SURVEY }

    /** Which way the value moved since the previous period. */
    public enum Direction { UP, DOWN, SAME, NONE }

    /** Whether that move is good news, given which way is better. */
    public enum Judgement { BETTER, WORSE, SAME, NONE }

    public enum Status { ON_TARGET, CLOSE, OFF_TARGET, NO_DATA }

    public static Direction direction(@Nullable BigDecimal previous, @Nullable BigDecimal current) {
        if (previous == null || current == null) {
            return Direction.NONE;
        }
        int c = current.compareTo(previous);
        return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.SAME;
    }

    public static Judgement judgement(Direction direction, Better better) {
        return switch (direction) {
            case NONE -> Judgement.NONE;
            case SAME -> Judgement.SAME;
            case UP -> better == Better.HIGHER ? Judgement.BETTER : Judgement.WORSE;
            case DOWN -> better == Better.LOWER ? Judgement.BETTER : Judgement.WORSE;
        };
    }

    /**
     * On target when the value meets the target in the better direction; close when it misses by no
     * more than {@code closePercent} of the target; off target otherwise; no data without a value or target.
     */
    public static Status status(@Nullable BigDecimal value, @Nullable BigDecimal target, Better better,
            @Nullable BigDecimal closePercent) {
        if (value == null || target == null) {
            return Status.NO_DATA;
        }
        BigDecimal pct = closePercent == null ? DEFAULT_CLOSE_PERCENT : closePercent;
        BigDecimal band = target.abs().multiply(pct).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        if (better == Better.HIGHER) {
            if (value.compareTo(target) >= 0) {
                return Status.ON_TARGET;
            }
            return value.compareTo(target.subtract(band)) >= 0 ? Status.CLOSE : Status.OFF_TARGET;
        }
        if (value.compareTo(target) <= 0) {
            return Status.ON_TARGET;
        }
        return value.compareTo(target.add(band)) <= 0 ? Status.CLOSE : Status.OFF_TARGET;
    }
}

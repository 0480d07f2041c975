package app.tandem.measure;

import static app.tandem.measure.MeasureRules.direction;
import static app.tandem.measure.MeasureRules.judgement;
import static app.tandem.measure.MeasureRules.status;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Judgement;
import app.tandem.measure.MeasureRules.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasureRulesTest {

    static BigDecimal n(double d) {
        return BigDecimal.valueOf(d);
    }

    @Test
    void a_rise_is_better_when_higher_is_better_and_worse_when_lower_is() {
        assertThat(direction(n(44), n(74))).isEqualTo(Direction.UP);
        assertThat(judgement(Direction.UP, Better.HIGHER)).isEqualTo(Judgement.BETTER);
        assertThat(judgement(Direction.UP, Better.LOWER)).isEqualTo(Judgement.WORSE);
    }

    @Test
    void a_fall_in_waiting_weeks_is_better() {
        assertThat(direction(n(61), n(52))).isEqualTo(Direction.DOWN);
        assertThat(judgement(Direction.DOWN, Better.LOWER)).isEqualTo(Judgement.BETTER);
        assertThat(judgement(Direction.DOWN, Better.HIGHER)).isEqualTo(Judgement.WORSE);
    }

    @Test
    void equal_values_are_the_same_whatever_their_scale() {
        assertThat(direction(n(58), new BigDecimal("58.00"))).isEqualTo(Direction.SAME);
        assertThat(judgement(Direction.SAME, Better.LOWER)).isEqualTo(Judgement.SAME);
    }

    @Test
    void no_trend_without_both_values() {
        assertThat(direction(null, n(5))).isEqualTo(Direction.NONE);
        assertThat(direction(n(5), null)).isEqualTo(Direction.NONE);
        assertThat(judgement(Direction.NONE, Better.HIGHER)).isEqualTo(Judgement.NONE);
    }

    @Test
    void higher_is_better_on_close_and_off_target_with_the_default_five_percent() {
        assertThat(status(n(70), n(70), Better.HIGHER, null)).isEqualTo(Status.ON_TARGET);
        assertThat(status(n(82), n(80), Better.HIGHER, null)).isEqualTo(Status.ON_TARGET);
        assertThat(status(n(66.5), n(70), Better.HIGHER, null)).isEqualTo(Status.CLOSE); // exactly 5% under
        assertThat(status(n(66.4), n(70), Better.HIGHER, null)).isEqualTo(Status.OFF_TARGET);
    }

    @Test
    void lower_is_better_on_close_and_off_target() {
        assertThat(status(n(38), n(40), Better.LOWER, null)).isEqualTo(Status.ON_TARGET);
        assertThat(status(n(42), n(40), Better.LOWER, null)).isEqualTo(Status.CLOSE);
        assertThat(status(n(42.1), n(40), Better.LOWER, null)).isEqualTo(Status.OFF_TARGET);
    }

    @Test
    void the_close_band_is_configurable_per_measure() {
        assertThat(status(n(60), n(70), Better.HIGHER, n(15))).isEqualTo(Status.CLOSE);
        assertThat(status(n(69.9), n(70), Better.HIGHER, BigDecimal.ZERO)).isEqualTo(Status.OFF_TARGET);
        assertThat(status(n(46), n(40), Better.LOWER, n(20))).isEqualTo(Status.CLOSE);
    }

    @Test
    void no_status_without_a_value_or_a_target() {
        assertThat(status(null, n(70), Better.HIGHER, null)).isEqualTo(Status.NO_DATA);
        assertThat(status(n(50), null, Better.LOWER, null)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void frozen_json_escapes_text() {
        assertThat(MeasuresAtClose.str("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\u000a\"");
    }
}

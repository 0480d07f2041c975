package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScoreTest {

    @ParameterizedTest
    @CsvSource({"5,4,20,HIGH", "5,3,15,HIGH", "3,3,9,MEDIUM", "4,2,8,MEDIUM", "1,1,1,LOW", "2,3,6,LOW", "5,5,25,HIGH"})
    void score_is_consequence_times_likelihood(int consequence, int likelihood, int expected, RiskScore.Band band) {
        RiskScore score = new RiskScore(consequence, likelihood);
        assertThat(score.isScored()).isTrue();
        assertThat(score.value()).isEqualTo(expected);
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void a_missing_factor_means_not_scored_never_zero() {
        assertThat(new RiskScore(null, null).value()).isNull();
        assertThat(new RiskScore(5, null).isScored()).isFalse();
        assertThat(new RiskScore(null, 3).band()).isEqualTo(RiskScore.Band.NOT_SCORED);
    }

    @Test
    void factors_outside_one_to_five_are_refused() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}

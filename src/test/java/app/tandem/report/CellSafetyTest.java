package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Quality bar BI-2. */
class CellSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(String text) {
        assertThat(CellSafety.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinary_text_and_empty_values_are_left_alone() {
        assertThat(CellSafety.neutralise("Improve EHCP timeliness")).isEqualTo("Improve EHCP timeliness");
        assertThat(CellSafety.neutralise("1.1 = first")).isEqualTo("1.1 = first");
        assertThat(CellSafety.neutralise(null)).isEmpty();
        assertThat(CellSafety.neutralise("")).isEmpty();
    }
}

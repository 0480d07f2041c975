package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void labels_are_escaped_so_the_svg_holds_no_markup_from_them() {
        String svg = SvgChart.barChart("<script>alert(1)</script>", "Status", "Actions",
                List.of("Done & <b>dusted</b>", "On \"track\""),
                List.of(new SvgChart.Series("This <period>", "#1d70b8", List.of(3, 4))), false, 400, 300);

        assertThat(svg).contains("<svg").doesNotContain("<script").doesNotContain("<b>").doesNotContain("<period>");
        assertThat(svg).contains("&lt;script&gt;");
    }

    @Test
    void control_characters_are_removed_and_long_labels_cut() {
        assertThat(SvgChart.label("a\u0000b\nc")).isEqualTo("a b c");
        assertThat(SvgChart.label("x".repeat(200))).hasSize(80);
    }
}

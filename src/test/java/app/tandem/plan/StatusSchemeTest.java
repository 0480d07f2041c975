package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.plan.StatusScheme.StatusOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusSchemeTest {

    @Test
    void brag_is_the_default_and_blue_means_complete() {
        StatusScheme brag = StatusScheme.brag();
        assertThat(brag.options()).extracting(StatusOption::label).containsExactly("Blue", "Green", "Amber", "Red");
        assertThat(brag.completeOption().label()).isEqualTo("Blue");
        assertThat(brag.isComplete("blue")).isTrue();
        assertThat(brag.isComplete("Green")).isFalse();
    }

    @Test
    void a_plan_can_use_its_own_words_in_its_own_order() {
        StatusScheme haringey = new StatusScheme(List.of(
                new StatusOption("Completed", "#1d70b8", "Done", true),
                new StatusOption("On track", "#00703c", "", false),
                new StatusOption("At risk of delay", "#b35900", "", false),
                new StatusOption("Delayed/Not started", "#d4351c", "", false)));
        assertThat(haringey.completeOption().label()).isEqualTo("Completed");
        assertThat(haringey.find(" at risk of delay ")).isPresent();
        assertThat(haringey.find("Amber")).isEmpty();
    }

    @Test
    void exactly_one_status_means_complete() {
        assertThatThrownBy(() -> new StatusScheme(List.of(new StatusOption("Green", "#00703c", "", false))))
                .hasMessageContaining("Exactly one");
        assertThatThrownBy(() -> new StatusScheme(List.of(new StatusOption("Done", "#00703c", "", true),
                        new StatusOption("Finished", "#00703c", "", true))))
                .hasMessageContaining("Exactly one");
    }

    @Test
    void labels_must_differ_and_colours_are_hex() {
        assertThatThrownBy(() -> new StatusScheme(List.of(new StatusOption("Blue", "#1d70b8", "", true),
                        new StatusOption("blue", "#1d70b8", "", false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusOption("Red", "red; background:url(x)", "", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

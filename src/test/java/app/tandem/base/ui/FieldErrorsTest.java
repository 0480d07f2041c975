package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void a_property_path_belongs_to_its_last_node() {
        assertThat(FieldErrors.field("updateAction.edit.title")).isEqualTo("title");
        assertThat(FieldErrors.field("post.in.links[2]")).isEqualTo("links");
        assertThat(FieldErrors.field("title")).isEqualTo("title");
    }

    @Test
    void service_rules_come_back_translated_by_the_form() {
        var errors = FieldErrors.of(new InvalidInputException(Map.of("statusId", "action.status.unknown")),
                key -> "words for " + key);
        assertThat(errors).contains(Map.of("statusId", "words for action.status.unknown"));
    }

    @Test
    void anything_else_is_not_a_field_error() {
        assertThat(FieldErrors.of(new IllegalStateException("boom"), key -> key)).isEmpty();
    }
}

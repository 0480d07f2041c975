package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What we intend to achieve, with its impact statements (kept one per line). */
@Entity
@Table(name = "outcome")
class Outcome extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    @SuppressWarnings("NullAway.Init")
    Priority priority;

    int position;

    @Size(max = 20)
    @Nullable String ref;

    @NotBlank
    @Size(max = 4000)
    String text = "";

    @Size(max = 8000)
    @Nullable String impact;

    protected Outcome() {}

    Outcome(Priority priority, int position, @Nullable String ref, String text, List<String> impacts) {
        this.priority = priority;
        this.position = position;
        this.ref = ref;
        this.text = text;
        this.impact = impacts.isEmpty() ? null : String.join("\n", impacts);
    }

    List<String> impacts() {
        return impact == null ? List.of() : Arrays.stream(impact.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    Priority priority() {
        return (Priority) org.hibernate.Hibernate.unproxy(priority);
    }
}

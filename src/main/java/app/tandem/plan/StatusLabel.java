package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "status_label")
class StatusLabel extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    @SuppressWarnings("NullAway.Init")
    Plan plan;

    int position;

    @NotBlank
    @Size(max = 60)
    String label = "";

    @Pattern(regexp = "#[0-9a-fA-F]{6}")
    String colour = "#505a5f";

    @Size(max = 300)
    @Nullable String description;

    boolean complete;

    protected StatusLabel() {}

    StatusLabel(Plan plan, int position, StatusScheme.StatusOption option) {
        this.plan = plan;
        this.position = position;
        this.label = option.label();
        this.colour = option.colour();
        this.description = option.description();
        this.complete = option.complete();
    }

    StatusScheme.StatusOption option() {
        return new StatusScheme.StatusOption(label, colour, description == null ? "" : description, complete);
    }
}

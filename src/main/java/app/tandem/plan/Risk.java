package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** "There is a risk that... which would result in...", scored before and after mitigation. */
@Entity
@Table(name = "risk")
class Risk extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    @SuppressWarnings("NullAway.Init")
    Action action;

    int position;

    @NotBlank
    @Size(max = 2000)
    String description = "";

    @Size(max = 2000)
    @Column(name = "result_in")
    @Nullable String resultIn;

    @Min(1) @Max(5)
    @Nullable Integer consequence;

    @Min(1) @Max(5)
    @Nullable Integer likelihood;

    @Size(max = 4000)
    @Nullable String mitigation;

    @Min(1) @Max(5)
    @Column(name = "revised_consequence")
    @Nullable Integer revisedConsequence;

    @Min(1) @Max(5)
    @Column(name = "revised_likelihood")
    @Nullable Integer revisedLikelihood;

    @Column(name = "owner_id")
    @Nullable Long ownerId;

    protected Risk() {}

    Risk(Action action, int position, String description) {
        this.action = action;
        this.position = position;
        this.description = description;
    }

    RiskScore score() {
        return new RiskScore(consequence, likelihood);
    }

    RiskScore revisedScore() {
        return new RiskScore(revisedConsequence, revisedLikelihood);
    }

    Action action() {
        return (Action) org.hibernate.Hibernate.unproxy(action);
    }
}

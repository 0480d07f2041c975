package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A priority, workstream or area of weakness, often quoting the inspectors. */
@Entity
@Table(name = "priority")
class Priority extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    @SuppressWarnings("NullAway.Init")
    Plan plan;

    int position;

    @NotBlank
    @Size(max = 20)
    String number = "";

    @NotBlank
    @Size(max = 1000)
    String title = "";

    @Size(max = 8000)
    @Column(name = "inspectors_words")
    @Nullable String inspectorsWords;

    @Size(max = 1000)
    @Column(name = "inspection_question")
    @Nullable String inspectionQuestion;

    @Size(max = 100)
    @Nullable String kloe;

    @Size(max = 500)
    @Nullable String theme;

    @Size(max = 4000)
    @Column(name = "strategy_priority")
    @Nullable String strategyPriority;

    @Size(max = 2000)
    @Column(name = "specific_aim")
    @Nullable String specificAim;

    @Size(max = 500)
    @Nullable String sponsor;

    @Size(max = 4000)
    @Column(name = "delivery_partners")
    @Nullable String deliveryPartners;

    /** The sponsor's account, when linked: they receive the weekly sponsor digest for this priority. */
    @Column(name = "sponsor_account_id")
    @Nullable Long sponsorAccountId;

    protected Priority() {}

    Priority(Plan plan, int position, String number, String title) {
        this.plan = plan;
        this.position = position;
        this.number = number;
        this.title = title;
    }
}

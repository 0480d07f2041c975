package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A key milestone of an action: what, by when (often a month), and when it was done. */
@Entity
@Table(name = "milestone")
class Milestone extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    @SuppressWarnings("NullAway.Init")
    Action action;

    int position;

    @NotBlank
    @Size(max = 2000)
    String description = "";

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "words", column = @Column(name = "deadline_words")),
        @AttributeOverride(name = "date", column = @Column(name = "deadline_date")),
        @AttributeOverride(name = "precision", column = @Column(name = "deadline_precision"))
    })
    @Nullable WrittenDate deadline;

    @Column(name = "done_date")
    @Nullable LocalDate doneDate;

    protected Milestone() {}

    Milestone(Action action, int position, String description, @Nullable WrittenDate deadline,
            @Nullable LocalDate doneDate) {
        this.action = action;
        this.position = position;
        this.description = description;
        this.deadline = deadline;
        this.doneDate = doneDate;
    }

    /**
     * Past its deadline and not done. A month deadline ("Nov 2025") runs to the end of that month,
     * because the written date is read as the last day of the period it names.
     */
    boolean isOverdue(LocalDate today) {
        return doneDate == null && deadline != null && deadline.isBefore(today);
    }

    Action action() {
        return (Action) org.hibernate.Hibernate.unproxy(action);
    }
}

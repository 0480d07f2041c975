package app.tandem.survey;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** A survey of a plan: its own fields. Sections, questions and options are rows of their own. */
@Entity
@Table(name = "survey")
class Survey extends AreaScopedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    long planId;

    String title = "";

    @Enumerated(EnumType.STRING)
    Audience audience = Audience.PARENTS_CARERS;

    @Nullable String introduction;

    int minutes = 5;

    @Column(name = "easy_read")
    boolean easyRead;

    /**
     * Raised on every change to the definition; keys the cached definition. Not part of the
     * survey's own optimistic lock, so adding a question does not conflict with editing the title.
     */
    @OptimisticLock(excluded = true)
    long revision;

    protected Survey() {}

    Survey(long planId) {
        this.planId = planId;
    }
}

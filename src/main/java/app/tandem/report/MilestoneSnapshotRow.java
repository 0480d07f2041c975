package app.tandem.report;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import app.tandem.report.ReportViews.MilestoneState;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A milestone as it was when a period closed. Never changes. */
@Entity
@Immutable
@Table(name = "report_milestone_snapshot")
class MilestoneSnapshotRow extends AreaScopedEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private long periodId;

    @Column(name = "action_id", updatable = false)
    private long actionId;

    @Column(name = "milestone_id", updatable = false)
    private long milestoneId;

    @Column(updatable = false)
    private String description = "";

    @Column(name = "deadline_words", updatable = false)
    private @Nullable String deadlineWords;

    @Column(name = "deadline_date", updatable = false)
    private @Nullable LocalDate deadlineDate;

    @Column(name = "done_date", updatable = false)
    private @Nullable LocalDate doneDate;

    @Column(updatable = false)
    private boolean overdue;

    protected MilestoneSnapshotRow() {}

    MilestoneSnapshotRow(long periodId, MilestoneState m) {
        this.periodId = periodId;
        this.actionId = m.actionId();
        this.milestoneId = m.milestoneId();
        this.description = m.description();
        this.deadlineWords = m.deadlineWords();
        this.deadlineDate = m.deadlineDate();
        this.doneDate = m.doneDate();
        this.overdue = m.overdue();
    }

    MilestoneState state() {
        return new MilestoneState(actionId, milestoneId, description, deadlineWords, deadlineDate, doneDate, overdue);
    }
}

package app.tandem.report;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of a plan ("Feb 2026 update"). Open until an admin closes it; closing
 * freezes its snapshot and its narrative for good.
 */
@Entity
@Table(name = "report_period")
class ReportPeriod extends AreaScopedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    long planId;

    String name = "";

    @Column(name = "start_date")
    LocalDate startDate = LocalDate.MIN;

    @Column(name = "end_date")
    LocalDate endDate = LocalDate.MIN;

    @Column(name = "board_date")
    @Nullable LocalDate boardDate;

    @Column(name = "closed_at")
    @Nullable Instant closedAt;

    @Column(name = "closed_by")
    @Nullable String closedBy;

    @Nullable String feedback;

    @Column(name = "working_well")
    @Nullable String workingWell;

    @Nullable String challenges;

    @Column(name = "next_steps")
    @Nullable String nextSteps;

    /** The measure module's values when the period closed (see {@link PeriodClosingContributor}). */
    @Column(name = "measures_json")
    @Nullable String measuresJson;

    protected ReportPeriod() {}

    ReportPeriod(long planId, String name, LocalDate startDate, LocalDate endDate, @Nullable LocalDate boardDate) {
        this.planId = planId;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.boardDate = boardDate;
    }

    boolean isClosed() {
        return closedAt != null;
    }
}

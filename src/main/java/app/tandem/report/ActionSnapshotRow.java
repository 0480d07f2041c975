package app.tandem.report;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.FrozenStatus;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An action's status as it was when a period closed: values, not references. Never changes. */
@Entity
@Immutable
@Table(name = "report_action_snapshot")
class ActionSnapshotRow extends AreaScopedEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private long periodId;

    @Column(name = "action_id", updatable = false)
    private long actionId;

    @Column(name = "action_ref", updatable = false)
    private @Nullable String actionRef;

    @Column(name = "action_title", updatable = false)
    private String actionTitle = "";

    @Column(name = "priority_number", updatable = false)
    private String priorityNumber = "";

    @Column(name = "priority_title", updatable = false)
    private String priorityTitle = "";

    @Column(name = "status_label", updatable = false)
    private @Nullable String statusLabel;

    @Column(name = "status_colour", updatable = false)
    private @Nullable String statusColour;

    @Column(name = "status_complete", updatable = false)
    private boolean statusComplete;

    @Column(name = "lead_organisation", updatable = false)
    private @Nullable String leadOrganisation;

    protected ActionSnapshotRow() {}

    ActionSnapshotRow(long periodId, ActionState state) {
        this.periodId = periodId;
        this.actionId = state.actionId();
        this.actionRef = state.ref();
        this.actionTitle = state.title();
        this.priorityNumber = state.priorityNumber();
        this.priorityTitle = state.priorityTitle();
        this.statusLabel = state.status() == null ? null : state.status().label();
        this.statusColour = state.status() == null ? null : state.status().colour();
        this.statusComplete = state.status() != null && state.status().complete();
        this.leadOrganisation = state.leadOrganisation();
    }

    ActionState state() {
        return new ActionState(actionId, actionRef, actionTitle, priorityNumber, priorityTitle,
                statusLabel == null ? null : new FrozenStatus(statusLabel, statusColour == null ? "#505a5f" : statusColour,
                        statusComplete),
                leadOrganisation);
    }

    long periodId() {
        return periodId;
    }
}

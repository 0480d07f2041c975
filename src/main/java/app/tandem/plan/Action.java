package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** What we will do: one row of the plan, with who, when, milestones and risks. */
@Entity
@Table(name = "action")
class Action extends AreaScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    @SuppressWarnings("NullAway.Init")
    Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    @SuppressWarnings("NullAway.Init")
    Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outcome_id")
    @Nullable Outcome outcome;

    int position;

    @Size(max = 20)
    @Nullable String ref;

    @NotBlank
    @Size(max = 2000)
    String title = "";

    @Size(max = 4000)
    @Nullable String objective;

    @Size(max = 8000)
    @Column(name = "inspection_finding")
    @Nullable String inspectionFinding;

    @Column(name = "lead_organisation_id")
    @Nullable Long leadOrganisationId;

    @ElementCollection
    @CollectionTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "organisation_id")
    Set<Long> partnerOrganisationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "action_lead_officer", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "account_id")
    Set<Long> leadOfficerIds = new LinkedHashSet<>();

    @Size(max = 1000)
    @Column(name = "who_text")
    @Nullable String whoText;

    @Size(max = 300)
    @Column(name = "senior_lead")
    @Nullable String seniorLead;

    @Size(max = 8000)
    @Column(name = "health_action")
    @Nullable String healthAction;

    @Size(max = 8000)
    @Column(name = "la_action")
    @Nullable String laAction;

    @Enumerated(EnumType.STRING)
    @Nullable Resource resource;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "words", column = @Column(name = "start_words")),
        @AttributeOverride(name = "date", column = @Column(name = "start_date")),
        @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    })
    @Nullable WrittenDate start;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "words", column = @Column(name = "end_words")),
        @AttributeOverride(name = "date", column = @Column(name = "end_date")),
        @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    })
    @Nullable WrittenDate end;

    @Size(max = 8000)
    @Nullable String detail;

    @Size(max = 4000)
    @Nullable String monitoring;

    @Size(max = 4000)
    @Column(name = "measure_of_success")
    @Nullable String measureOfSuccess;

    @Size(max = 4000)
    @Nullable String evidence;

    @Size(max = 8000)
    @Nullable String notes;

    /** Shown first to parents: what the action means for families, in plain English. */
    @jakarta.persistence.Column(name = "plain_summary")
    @Nullable String plainSummary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "status_label_id")
    @Nullable StatusLabel status;

    @Column(name = "status_date")
    @Nullable LocalDate statusDate;

    /* Milestones and risks carry their own versions: changing one does not conflict with an edit of the action. */
    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @OptimisticLock(excluded = true)
    List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @OptimisticLock(excluded = true)
    List<Risk> risks = new ArrayList<>();

    protected Action() {}

    Action(Plan plan, Priority priority, @Nullable Outcome outcome, int position, @Nullable String ref, String title) {
        this.plan = plan;
        this.priority = priority;
        this.outcome = outcome;
        this.position = position;
        this.ref = ref;
        this.title = title;
    }

    boolean isComplete() {
        StatusLabel s = status();
        return s != null && s.complete;
    }

    /** Officers edit the actions they, or their organisation, lead. */
    boolean isLedBy(long accountId, @Nullable Long organisationId) {
        return leadOfficerIds.contains(accountId)
                || (organisationId != null && organisationId.equals(leadOrganisationId));
    }

    // Associations are lazy proxies: read them through these, never their fields directly.
    Plan plan() {
        return (Plan) org.hibernate.Hibernate.unproxy(plan);
    }

    Priority priority() {
        return (Priority) org.hibernate.Hibernate.unproxy(priority);
    }

    @Nullable Outcome outcome() {
        return outcome == null ? null : (Outcome) org.hibernate.Hibernate.unproxy(outcome);
    }

    @Nullable StatusLabel status() {
        return status == null ? null : (StatusLabel) org.hibernate.Hibernate.unproxy(status);
    }
}

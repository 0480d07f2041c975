package app.tandem.plan;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "plan")
class Plan extends AreaScopedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    PlanKind kind = PlanKind.IMPROVEMENT_PLAN;

    @NotBlank
    @Size(max = 300)
    String title = "";

    @Size(max = 100)
    @Column(name = "period_text")
    @Nullable String periodText;

    @Column(name = "start_date")
    @Nullable LocalDate startDate;

    @Column(name = "end_date")
    @Nullable LocalDate endDate;

    @Size(max = 300)
    @Nullable String board;

    @Size(max = 300)
    @Column(name = "strategic_lead")
    @Nullable String strategicLead;

    @Column(name = "lead_officer_id")
    @Nullable Long leadOfficerId;

    @Column(name = "implementation_date")
    @Nullable LocalDate implementationDate;

    @Column(name = "review_date")
    @Nullable LocalDate reviewDate;

    @Size(max = 300)
    @Column(name = "monitoring_frequency")
    @Nullable String monitoringFrequency;

    @Column(name = "monitoring_interval_days")
    @Nullable Integer monitoringIntervalDays;

    @Size(max = 200)
    @Column(name = "inspection_dates")
    @Nullable String inspectionDates;

    @Column(name = "inspection_report_published")
    @Nullable LocalDate inspectionReportPublished;

    @Size(max = 4000)
    @Nullable String aims;

    @Size(max = 2000)
    @Column(name = "relevant_strategies")
    @Nullable String relevantStrategies;

    @Size(max = 2000)
    @Column(name = "previous_versions")
    @Nullable String previousVersions;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<StatusLabel> statusLabels = new ArrayList<>();

    protected Plan() {}

    Plan(PlanKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    StatusScheme scheme() {
        return new StatusScheme(statusLabels.stream().map(StatusLabel::option).toList());
    }

    /** The reference date for reading fuzzy dates such as "Q2" or "01-Apr". */
    LocalDate referenceDate(LocalDate fallback) {
        if (startDate != null) {
            return startDate;
        }
        if (implementationDate != null) {
            return implementationDate;
        }
        return fallback;
    }
}

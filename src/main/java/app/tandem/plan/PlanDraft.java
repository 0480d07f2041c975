package app.tandem.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan as plain data, the shape the seed documents have: organisations by short name,
 * people by e-mail, dates as words. Used for demo data and, later, imports.
 */
public record PlanDraft(
        @NotNull PlanKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 100) @Nullable String periodText,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Size(max = 300) @Nullable String board,
        @Size(max = 300) @Nullable String strategicLead,
        @Nullable String leadOfficer,
        @Nullable LocalDate implementationDate,
        @Nullable LocalDate reviewDate,
        @Size(max = 300) @Nullable String monitoringFrequency,
        @Min(1) @Max(366) @Nullable Integer monitoringIntervalDays,
        @Size(max = 200) @Nullable String inspectionDates,
        @Nullable LocalDate inspectionReportPublished,
        @Size(max = 4000) @Nullable String aims,
        @Size(max = 2000) @Nullable String relevantStrategies,
        @Size(max = 2000) @Nullable String previousVersions,
        @NotEmpty List<StatusScheme.@Valid StatusOption> statusScheme,
        List<@Valid PriorityDraft> priorities) {

    public record PriorityDraft(
            @NotBlank @Size(max = 20) String number,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 8000) @Nullable String inspectorsWords,
            @Size(max = 1000) @Nullable String inspectionQuestion,
            @Size(max = 100) @Nullable String kloe,
            @Size(max = 500) @Nullable String theme,
            @Size(max = 4000) @Nullable String strategyPriority,
            @Size(max = 2000) @Nullable String specificAim,
            @Size(max = 500) @Nullable String sponsor,
            @Size(max = 4000) @Nullable String deliveryPartners,
            @Nullable List<@Valid OutcomeDraft> outcomes,
            /* Actions that hang straight off the priority, for plans without outcomes (seed 001). */
            @Nullable List<@Valid ActionDraft> actions) {}

    public record OutcomeDraft(
            @Size(max = 20) @Nullable String ref,
            @NotBlank @Size(max = 4000) String text,
            @Nullable List<String> impact,
            @Nullable List<@Valid ActionDraft> actions) {}

    public record ActionDraft(
            @Size(max = 20) @Nullable String ref,
            @NotBlank @Size(max = 2000) String title,
            @Size(max = 4000) @Nullable String objective,
            @Size(max = 8000) @Nullable String inspectionFinding,
            @Nullable String leadOrganisation,
            @Nullable List<String> coDependent,
            @Nullable List<String> leadOfficers,
            @Size(max = 1000) @Nullable String whoText,
            @Size(max = 300) @Nullable String seniorLead,
            @Size(max = 8000) @Nullable String healthAction,
            @Size(max = 8000) @Nullable String laAction,
            @Nullable Resource resource,
            @Size(max = 200) @Nullable String start,
            @Size(max = 200) @Nullable String end,
            @Size(max = 8000) @Nullable String detail,
            @Size(max = 4000) @Nullable String monitoring,
            @Size(max = 4000) @Nullable String measureOfSuccess,
            @Size(max = 4000) @Nullable String evidence,
            @Size(max = 8000) @Nullable String notes,
            @Nullable String status,
            @Nullable LocalDate statusDate,
            @Nullable List<@Valid MilestoneDraft> milestones,
            @Nullable List<@Valid RiskDraft> risks) {}

    public record MilestoneDraft(
            @NotBlank @Size(max = 2000) String description, @Size(max = 200) @Nullable String deadline,
            @Nullable LocalDate done) {}

    public record RiskDraft(
            @NotBlank @Size(max = 2000) String risk,
            @Size(max = 2000) @Nullable String resultIn,
            @Min(1) @Max(5) @Nullable Integer consequence,
            @Min(1) @Max(5) @Nullable Integer likelihood,
            @Size(max = 4000) @Nullable String mitigation,
            @Min(1) @Max(5) @Nullable Integer revisedConsequence,
            @Min(1) @Max(5) @Nullable Integer revisedLikelihood,
            @Nullable String owner) {}
}

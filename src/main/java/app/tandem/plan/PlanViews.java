package app.tandem.plan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models the plan module hands to views and to other modules. Never entities. */
public final class PlanViews {

    private PlanViews() {}

    public record PlanSummary(long id, PlanKind kind, String title, @Nullable String periodText, long actionCount,
            long completeCount) {}

    public record StatusView(long id, String label, String colour, @Nullable String description, boolean complete) {}

    public record PlanDetail(
            long id,
            long version,
            PlanKind kind,
            String title,
            @Nullable String periodText,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String board,
            @Nullable String strategicLead,
            @Nullable String leadOfficerName,
            @Nullable LocalDate implementationDate,
            @Nullable LocalDate reviewDate,
            @Nullable String monitoringFrequency,
            @Nullable Integer monitoringIntervalDays,
            @Nullable String inspectionDates,
            @Nullable LocalDate inspectionReportPublished,
            @Nullable String aims,
            @Nullable String relevantStrategies,
            @Nullable String previousVersions,
            List<StatusView> scheme,
            List<PriorityView> priorities) {}

    public record PriorityView(
            long id,
            String number,
            String title,
            @Nullable String inspectorsWords,
            @Nullable String inspectionQuestion,
            @Nullable String kloe,
            @Nullable String theme,
            @Nullable String strategyPriority,
            @Nullable String specificAim,
            @Nullable String sponsor,
            @Nullable String deliveryPartners,
            List<OutcomeView> outcomes,
            long actionCount) {}

    public record OutcomeView(long id, @Nullable String ref, String text, List<String> impacts, long actionCount) {}

    /** How many actions have each status; {@code status} null counts the actions not yet rated. */
    public record StatusCount(@Nullable StatusView status, long count) {}

    public record ActionRow(
            long id,
            @Nullable String ref,
            String title,
            String priorityNumber,
            @Nullable String outcomeRef,
            @Nullable String leadOrganisation,
            List<String> leadOfficers,
            @Nullable String endWords,
            @Nullable LocalDate endDate,
            @Nullable StatusView status,
            long overdueMilestones) {}

    public record WrittenDateView(@Nullable String words, @Nullable LocalDate date,
            FuzzyDates.@Nullable DatePrecision precision) {

        static WrittenDateView of(@Nullable WrittenDate d) {
            return d == null ? new WrittenDateView(null, null, null) : new WrittenDateView(d.words(), d.date(), d.precision());
        }
    }

    public record MilestoneView(long id, long version, String description, WrittenDateView deadline,
            @Nullable LocalDate doneDate, boolean overdue) {}

    public record RiskView(
            long id,
            long version,
            long actionId,
            @Nullable String actionRef,
            String actionTitle,
            String description,
            @Nullable String resultIn,
            RiskScore score,
            @Nullable String mitigation,
            RiskScore revisedScore,
            @Nullable Long ownerId,
            @Nullable String ownerName) {}

    public record PersonRef(long id, String name, @Nullable String jobTitle) {}

    public record OrganisationRef(long id, String label) {}

    public record ActionDetail(
            long id,
            long version,
            long planId,
            String planTitle,
            long priorityId,
            String priorityNumber,
            String priorityTitle,
            @Nullable Long outcomeId,
            @Nullable String outcomeRef,
            @Nullable String outcomeText,
            @Nullable String ref,
            String title,
            @Nullable String objective,
            @Nullable String inspectionFinding,
            @Nullable OrganisationRef leadOrganisation,
            List<OrganisationRef> partnerOrganisations,
            List<PersonRef> leadOfficers,
            @Nullable String whoText,
            @Nullable String seniorLead,
            @Nullable String healthAction,
            @Nullable String laAction,
            @Nullable Resource resource,
            WrittenDateView start,
            WrittenDateView end,
            @Nullable String detail,
            @Nullable String monitoring,
            @Nullable String measureOfSuccess,
            @Nullable String evidence,
            @Nullable String notes,
            @Nullable StatusView status,
            @Nullable LocalDate statusDate,
            List<StatusView> scheme,
            List<MilestoneView> milestones,
            List<RiskView> risks,
            boolean canEdit,
            @Nullable String plainSummary) {}

    /** Risks of a plan with the 5x5 counts before and after mitigation. */
    public record RiskRegister(long planId, String planTitle, List<RiskView> risks, int[][] before, int[][] after,
            long unscoredBefore, long unscoredAfter) {}

    // --- Read models for the report module: snapshots, highlight report, public page, evidence pack ---

    /** The whole plan in order, as the report module reads it; never risks or internal notes. */
    public record PlanSnapshot(long planId, String title, @Nullable String periodText, List<StatusView> scheme,
            List<PrioritySnapshot> priorities) {}

    public record PrioritySnapshot(long id, String number, String title, List<OutcomeView> outcomes,
            List<ActionSnapshot> actions) {}

    /**
     * One action for reports. {@code evidence} is null in the public variant; notes and risks are
     * never part of it.
     */
    public record ActionSnapshot(long id, @Nullable String ref, String title, @Nullable Long outcomeId,
            @Nullable StatusView status, @Nullable LocalDate statusDate, @Nullable String leadOrganisation,
            WrittenDateView end, @Nullable String measureOfSuccess, @Nullable String evidence,
            List<MilestoneView> milestones) {}
}

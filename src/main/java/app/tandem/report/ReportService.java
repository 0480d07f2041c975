package app.tandem.report;

import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.access.CurrentUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.base.Tenancy;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionSnapshot;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.PlanSnapshot;
import app.tandem.plan.PlanViews.PrioritySnapshot;
import app.tandem.plan.StatusChangeView;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.UpdateLine;
import app.tandem.progress.ProgressViews.UpdateView;
import app.tandem.report.ReportViews.ActionChange;
import app.tandem.report.ReportViews.ActionState;
import app.tandem.report.ReportViews.CloseResult;
import app.tandem.report.ReportViews.Export;
import app.tandem.report.ReportViews.ExportFormat;
import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.LatestUpdate;
import app.tandem.report.ReportViews.MilestoneState;
import app.tandem.report.ReportViews.Narrative;
import app.tandem.report.ReportViews.OverdueMilestone;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.report.ReportViews.PublicPlan;
import app.tandem.report.ReportViews.PublicationView;
import app.tandem.report.ReportViews.PublishedUpdate;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Reporting periods and their frozen snapshots, the highlight report and its exports, the
 * evidence pack, and the public plan page. Admins keep periods and publish plans; admins, officers
 * and board members read reports. A closed period's snapshot has no way to change: there is no
 * update path here and its rows are immutable entities.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ReportService {

    /** Who "closed" a period imported with the statuses it had then (demo data, past reports). */
    static final String IMPORTED_BY = "Tandem";

    private final ReportPeriodRepository periods;
    private final ActionSnapshotRepository actionSnapshots;
    private final MilestoneSnapshotRepository milestoneSnapshots;
    private final PublicationRepository publications;
    private final PlanService plans;
    private final ProgressService progress;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    /** Tells the audit module (AU-1) about each file exported. */
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<PeriodClosingContributor> closingContributors;

    ReportService(ReportPeriodRepository periods, ActionSnapshotRepository actionSnapshots,
            MilestoneSnapshotRepository milestoneSnapshots, PublicationRepository publications, PlanService plans,
            ProgressService progress, AccessService access, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
            org.springframework.beans.factory.ObjectProvider<PeriodClosingContributor> closingContributors) {
        this.closingContributors = closingContributors;
        this.periods = periods;
        this.actionSnapshots = actionSnapshots;
        this.milestoneSnapshots = milestoneSnapshots;
        this.publications = publications;
        this.plans = plans;
        this.progress = progress;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // --- Reporting periods ---------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public List<PeriodView> periods(long planId) {
        plans.getPlan(planId); // not found in another area
        return periods.findByPlanIdOrderByEndDateAscIdAsc(planId).stream().map(ReportService::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PeriodView addPeriod(long planId, @Valid PeriodEdit edit) {
        plans.getPlan(planId);
        checkDates(edit);
        ReportPeriod p = new ReportPeriod(planId, edit.name().strip(), edit.startDate(), edit.endDate(), edit.boardDate());
        return view(periods.saveAndFlush(p));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PeriodView updatePeriod(long periodId, @Valid PeriodEdit edit) {
        ReportPeriod p = period(periodId);
        if (p.isClosed()) {
            throw new InvalidInputException("name", "report.period.closed");
        }
        if (p.getVersion() != edit.version()) {
            throw new EditConflictException("This reporting period");
        }
        checkDates(edit);
        p.name = edit.name().strip();
        p.startDate = edit.startDate();
        p.endDate = edit.endDate();
        p.boardDate = edit.boardDate();
        return view(flushed(p));
    }

    /**
     * Freezes every action's status and every milestone's state as they are now. Closing a closed
     * period changes nothing and says so.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CloseResult closePeriod(long periodId) {
        ReportPeriod p = period(periodId);
        if (p.isClosed()) {
            return new CloseResult(view(p), true, actionSnapshots.countByPeriodId(periodId));
        }
        PlanSnapshot live = plans.snapshotOf(p.planId);
        List<ActionState> actions = LiveStates.actions(live);
        List<MilestoneState> milestones = LiveStates.milestones(live);
        freeze(p, actions, milestones, currentUser.require().displayName());
        return new CloseResult(view(p), false, actions.size());
    }

    /**
     * For demo data and imports of past reports: a closed period with the statuses it had then.
     * Start-up work only.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public PeriodView importClosedPeriod(long planId, @Valid PeriodEdit edit, List<ActionState> actions,
            List<MilestoneState> milestones, @Nullable Narrative narrative) {
        plans.getPlan(planId);
        checkDates(edit);
        ReportPeriod p = new ReportPeriod(planId, edit.name().strip(), edit.startDate(), edit.endDate(), edit.boardDate());
        if (narrative != null) {
            applyNarrative(p, narrative);
        }
        periods.saveAndFlush(p);
        freeze(p, actions, milestones, IMPORTED_BY);
        return view(p);
    }

    // --- Highlight report ------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public HighlightReport highlightReport(long planId, long periodId) {
        ReportPeriod p = period(periodId);
        if (p.planId != planId) {
            throw new NotFoundException("Reporting period");
        }
        PlanSnapshot live = plans.snapshotOf(planId);
        List<FrozenStatus> scheme = live.scheme().stream().map(FrozenStatus::of).filter(Objects::nonNull).toList();
        ReportPeriod previous = previousClosed(p);
        List<ActionState> now;
        List<OverdueMilestone> overdue = new ArrayList<>();
        if (p.isClosed()) {
            now = actionSnapshots.findByPeriodIdOrderByIdAsc(periodId).stream().map(ActionSnapshotRow::state).toList();
            Map<Long, ActionState> byId = new HashMap<>();
            now.forEach(a -> byId.put(a.actionId(), a));
            for (MilestoneSnapshotRow row : milestoneSnapshots.findByPeriodIdOrderByIdAsc(periodId)) {
                MilestoneState m = row.state();
                ActionState a = byId.get(m.actionId());
                if (m.overdue() && a != null) {
                    overdue.add(new OverdueMilestone(a.ref(), a.title(), m.description(), m.deadlineWords(), m.deadlineDate()));
                }
            }
        } else {
            now = LiveStates.actions(live);
            for (PrioritySnapshot pr : live.priorities()) {
                for (ActionSnapshot a : pr.actions()) {
                    for (MilestoneView m : a.milestones()) {
                        if (m.overdue()) {
                            overdue.add(new OverdueMilestone(a.ref(), a.title(), m.description(), m.deadline().words(),
                                    m.deadline().date()));
                        }
                    }
                }
            }
        }
        List<ActionState> before = previous == null ? null
                : actionSnapshots.findByPeriodIdOrderByIdAsc(Objects.requireNonNull(previous.getId())).stream()
                        .map(ActionSnapshotRow::state).toList();
        List<ActionChange> changes = SnapshotDiff.changes(now, before);
        return new HighlightReport(planId, live.title(), view(p), previous == null ? null : view(previous),
                SnapshotDiff.tallies(scheme, now, before), now.size(), SnapshotDiff.byPriority(scheme, changes, before),
                overdue, narrative(p), p.isClosed(), latestUpdates(planId, p));
    }

    /** Saves the narrative sections of an open period; a closed period's narrative is frozen. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Narrative saveNarrative(long periodId, @Valid Narrative edit) {
        ReportPeriod p = period(periodId);
        if (p.isClosed()) {
            throw new InvalidInputException("feedback", "report.period.closed");
        }
        if (p.getVersion() != edit.version()) {
            throw new EditConflictException("This report");
        }
        applyNarrative(p, edit);
        return narrative(flushed(p));
    }

    /** The report as a file, built and authorised when it is downloaded. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public Export exportReport(long planId, long periodId, ExportFormat format) {
        HighlightReport report = highlightReport(planId, periodId);
        byte[] bytes = format == ExportFormat.PDF ? ReportPdf.highlight(report) : ReportXlsx.highlight(report);
        Export export = new Export(fileName(report.planTitle() + " " + report.period().name(), format),
                format.contentType, bytes);
        events.publishEvent(new ReportExported(currentUser.require().areaId(), planId, export.fileName()));
        return export;
    }

    /**
     * Everything about one priority for a monitoring visit: outcomes, actions, milestones and
     * evidence. Status history and measures join when their modules offer them.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public Export exportEvidencePack(long planId, long priorityId, ExportFormat format) {
        PlanSnapshot live = plans.snapshotOf(planId);
        PrioritySnapshot priority = live.priorities().stream().filter(p -> p.id() == priorityId).findFirst()
                .orElseThrow(() -> new NotFoundException("Priority"));
        EvidencePack pack = new EvidencePack(live.title(), priority, statusHistory(priority), updates(priority));
        byte[] bytes = format == ExportFormat.PDF ? ReportPdf.evidence(pack) : ReportXlsx.evidence(pack);
        Export export = new Export(fileName(live.title() + " priority " + priority.number() + " evidence", format),
                format.contentType, bytes);
        events.publishEvent(new ReportExported(currentUser.require().areaId(), planId, export.fileName()));
        return export;
    }

    /**
     * What the evidence pack holds: per action id, its dated status changes (oldest first, as a
     * visitor reads a story) and its progress updates (oldest first), internal ones included.
     */
    record EvidencePack(String planTitle, PrioritySnapshot priority, Map<Long, List<String>> statusHistory,
            Map<Long, List<UpdateView>> updates) {}

    private Map<Long, List<String>> statusHistory(PrioritySnapshot priority) {
        Map<Long, List<String>> result = new HashMap<>();
        for (ActionSnapshot a : priority.actions()) {
            List<String> lines = new ArrayList<>();
            for (StatusChangeView c : plans.statusHistory(a.id()).reversed()) {
                lines.add(ReportText.day(c.statusDate()) + ": " + ReportText.statusWords(c.fromLabel()) + " → "
                        + ReportText.statusWords(c.toLabel()) + " (" + c.changedByName() + ")");
            }
            result.put(a.id(), lines);
        }
        return result;
    }

    private Map<Long, List<UpdateView>> updates(PrioritySnapshot priority) {
        Map<Long, List<UpdateView>> result = new HashMap<>();
        for (ActionSnapshot a : priority.actions()) {
            result.put(a.id(), progress.updates(a.id()).reversed());
        }
        return result;
    }

    /**
     * Each action's latest update: for a closed period, those dated up to the day it closed (the
     * same moment its statuses were frozen, so the line and the status agree); the very latest
     * while it is open.
     */
    private Map<Long, LatestUpdate> latestUpdates(long planId, ReportPeriod p) {
        Map<Long, LatestUpdate> result = new HashMap<>();
        java.time.LocalDate closedOn = p.closedAt == null ? null
                : IMPORTED_BY.equals(p.closedBy) ? p.endDate // imported: states as they were at its end
                : p.closedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        progress.latestLines(planId, closedOn)
                .forEach((actionId, u) -> result.put(actionId, new LatestUpdate(u.date(), u.narrative())));
        return result;
    }

    // --- Publishing and the public plan page -----------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public PublicationView publication(long planId) {
        plans.getPlan(planId);
        return publications.findByPlanId(planId).map(p -> new PublicationView(planId, p.published, p.publishedAt))
                .orElse(new PublicationView(planId, false, null));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PublicationView setPublished(long planId, boolean published) {
        plans.getPlan(planId);
        Publication p = publications.findByPlanId(planId).orElseGet(() -> new Publication(planId));
        if (published && !p.published) {
            p.publishedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
        p.published = published;
        publications.saveAndFlush(p);
        return new PublicationView(planId, p.published, p.publishedAt);
    }

    /**
     * The public plan page for anyone, signed in or not. The area comes from the slug; the plan is
     * then read only inside that area, so an id from another area is simply not found, exactly as
     * an unpublished or missing plan. Runs outside any caller transaction, because a session's area
     * is fixed when it opens.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PublicPlan publicPlan(String areaSlug, long planId) {
        AreaSummary area = access.areaForSlug(areaSlug).orElseThrow(() -> new NotFoundException("Plan"));
        return Tenancy.callAs(area.id(), () -> readOnly.execute(status -> {
            Publication pub = publications.findByPlanId(planId).filter(p -> p.published)
                    .orElseThrow(() -> new NotFoundException("Plan"));
            PlanSnapshot plan = plans.publicSnapshotOf(planId);
            return new PublicPlan(area.name(), planId, plan.title(), plan.periodText(), plan.scheme(), plan.priorities(),
                    pub.publishedAt, publishedUpdates(planId));
        }));
    }

    /** Every update not marked "internal only", newest first. Called inside the area's tenancy. */
    private List<PublishedUpdate> publishedUpdates(long planId) {
        List<PublishedUpdate> result = new ArrayList<>();
        for (UpdateLine u : progress.publicLines(planId)) {
            result.add(new PublishedUpdate(u.actionId(), u.date(), u.narrative(), u.statusChanged(), u.fromLabel(),
                    u.toLabel()));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------

    private void freeze(ReportPeriod p, List<ActionState> actions, List<MilestoneState> milestones, String who) {
        long periodId = Objects.requireNonNull(p.getId());
        actionSnapshots.saveAll(actions.stream().map(a -> new ActionSnapshotRow(periodId, a)).toList());
        milestoneSnapshots.saveAll(milestones.stream().map(m -> new MilestoneSnapshotRow(periodId, m)).toList());
        for (PeriodClosingContributor c : closingContributors) {
            String json = c.measuresJson(p.planId, periodId);
            if (json != null) {
                p.measuresJson = json;
            }
        }
        p.closedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        p.closedBy = who;
        flushed(p);
    }

    private @Nullable ReportPeriod previousClosed(ReportPeriod p) {
        ReportPeriod previous = null;
        for (ReportPeriod candidate : periods.findByPlanIdOrderByEndDateAscIdAsc(p.planId)) {
            if (candidate.getId().equals(p.getId())) {
                break;
            }
            if (candidate.isClosed()) {
                previous = candidate;
            }
        }
        return previous;
    }

    private ReportPeriod period(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new NotFoundException("Reporting period"));
    }

    private ReportPeriod flushed(ReportPeriod p) {
        try {
            return periods.saveAndFlush(p);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException("This reporting period");
        }
    }

    private static void checkDates(PeriodEdit edit) {
        if (edit.endDate().isBefore(edit.startDate())) {
            throw new InvalidInputException("endDate", "report.period.endBeforeStart");
        }
    }

    private static void applyNarrative(ReportPeriod p, Narrative n) {
        p.feedback = blankToNull(n.feedback());
        p.workingWell = blankToNull(n.workingWell());
        p.challenges = blankToNull(n.challenges());
        p.nextSteps = blankToNull(n.nextSteps());
    }

    private static Narrative narrative(ReportPeriod p) {
        return new Narrative(p.getVersion(), p.feedback, p.workingWell, p.challenges, p.nextSteps);
    }

    private static PeriodView view(ReportPeriod p) {
        return new PeriodView(Objects.requireNonNull(p.getId()), p.getVersion(), p.planId, p.name, p.startDate, p.endDate,
                p.boardDate, p.closedAt, p.closedBy);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String fileName(String title, ExportFormat format) {
        String safe = title.replaceAll("[^A-Za-z0-9 ._-]", "").strip().replaceAll("\\s+", "-");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return (safe.isEmpty() ? "report" : safe) + "." + format.extension;
    }

    // --- For the feedback module (the forum's own rating per period) -----------------------------

    /** The plan's reporting periods, for anyone signed in who rates or reads the forum's ratings. */
    @PreAuthorize("isAuthenticated()")
    public List<PeriodView> periodsOfPlan(long planId) {
        plans.getPlan(planId); // not found in another area
        return periods.findByPlanIdOrderByEndDateAscIdAsc(planId).stream().map(ReportService::view).toList();
    }

    // --- For the measure module (the KPI values frozen when a period closed) ----------------------

    /** The measures frozen into a closed period as JSON text; null while open or when there were none. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public @Nullable String frozenMeasures(long periodId) {
        ReportPeriod p = period(periodId);
        plans.getPlan(p.planId);
        return p.measuresJson;
    }
}

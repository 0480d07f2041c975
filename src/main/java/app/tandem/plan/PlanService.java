package app.tandem.plan;

import app.tandem.access.AccessService;
import app.tandem.access.CurrentUser;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.OrganisationRef;
import app.tandem.plan.PlanViews.OutcomeView;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.PlanViews.PriorityView;
import app.tandem.plan.PlanViews.RiskRegister;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.plan.PlanViews.WrittenDateView;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reading and keeping the plan. Everyone signed in reads their own area's plans; officers edit the
 * actions they or their organisation lead; admins edit everything.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanService {

    private static final Sort PLAN_ORDER = Sort.by("priority.position", "position");

    private final PlanRepository plans;
    private final PriorityRepository priorities;
    private final OutcomeRepository outcomes;
    private final ActionRepository actions;
    private final MilestoneRepository milestones;
    private final RiskRepository risks;
    private final StatusLabelRepository statusLabels;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StatusChangeRepository statusChanges;
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, PriorityRepository priorities, OutcomeRepository outcomes,
            ActionRepository actions, MilestoneRepository milestones, RiskRepository risks,
            StatusLabelRepository statusLabels, AccessService access, CurrentUser currentUser, Clock clock,
            StatusChangeRepository statusChanges, ApplicationEventPublisher events) {
        this.plans = plans;
        this.priorities = priorities;
        this.outcomes = outcomes;
        this.actions = actions;
        this.milestones = milestones;
        this.risks = risks;
        this.statusLabels = statusLabels;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.statusChanges = statusChanges;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<PlanSummary> listPlans() {
        Map<Long, Object[]> counts = actions.countPerPlan().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
        return plans.findAllByOrderByTitleAsc().stream().map(p -> {
            Object[] c = counts.get(p.getId());
            long total = c == null ? 0 : ((Number) c[1]).longValue();
            long complete = c == null || c[2] == null ? 0 : ((Number) c[2]).longValue();
            return new PlanSummary(id(p.getId()), p.kind, p.title, p.periodText, total, complete);
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public PlanDetail getPlan(long planId) {
        Plan plan = plan(planId);
        Map<Long, Long> perPriority = countMap(actions.countByPriority(planId));
        Map<Long, Long> perOutcome = countMap(actions.countByOutcome(planId));
        // Priorities first, so the outcomes' lazy priority references resolve to these loaded rows.
        List<Priority> priorityRows = priorities.findByPlanIdOrderByPosition(planId).stream()
                .map(p -> (Priority) org.hibernate.Hibernate.unproxy(p)).toList();
        Map<Long, List<OutcomeView>> outcomesByPriority = new LinkedHashMap<>();
        for (Outcome o : outcomes.findByPriorityPlanIdOrderByPriorityPositionAscPositionAsc(planId)) {
            outcomesByPriority.computeIfAbsent(id(o.priority().getId()), k -> new ArrayList<>())
                    .add(new OutcomeView(id(o.getId()), o.ref, o.text, o.impacts(), perOutcome.getOrDefault(o.getId(), 0L)));
        }
        List<PriorityView> priorityViews = priorityRows.stream()
                .map(p -> new PriorityView(id(p.getId()), p.number, p.title, p.inspectorsWords, p.inspectionQuestion,
                        p.kloe, p.theme, p.strategyPriority, p.specificAim, p.sponsor, p.deliveryPartners,
                        outcomesByPriority.getOrDefault(p.getId(), List.of()), perPriority.getOrDefault(p.getId(), 0L)))
                .toList();
        String leadOfficer = plan.leadOfficerId == null ? null : staffById().get(plan.leadOfficerId) instanceof PersonSummary ps
                ? ps.displayName() : null;
        return new PlanDetail(id(plan.getId()), plan.getVersion(), plan.kind, plan.title, plan.periodText, plan.startDate,
                plan.endDate, plan.board, plan.strategicLead, leadOfficer, plan.implementationDate, plan.reviewDate,
                plan.monitoringFrequency, plan.monitoringIntervalDays, plan.inspectionDates,
                plan.inspectionReportPublished, plan.aims, plan.relevantStrategies, plan.previousVersions,
                scheme(plan), priorityViews);
    }

    /** Actions per status in the plan's own order, then "not yet rated" if any. */
    @PreAuthorize("isAuthenticated()")
    public List<StatusCount> statusCounts(long planId) {
        Plan plan = plan(planId);
        Map<Long, Long> byStatus = new HashMap<>();
        long notRated = 0;
        for (Object[] row : actions.countByStatus(planId)) {
            if (row[0] == null) {
                notRated = ((Number) row[1]).longValue();
            } else {
                byStatus.put((Long) row[0], ((Number) row[1]).longValue());
            }
        }
        List<StatusCount> result = new ArrayList<>();
        for (StatusView s : scheme(plan)) {
            result.add(new StatusCount(s, byStatus.getOrDefault(s.id(), 0L)));
        }
        if (notRated > 0) {
            result.add(new StatusCount(null, notRated));
        }
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ActionRow> findActions(long planId, ActionFilter filter, int offset, int limit) {
        plan(planId);
        if (limit <= 0) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Action> page = actions.findAll(ActionSpecifications.matching(planId, filter, today),
                        new OffsetLimit(Math.max(0, offset), limit, PLAN_ORDER))
                .getContent();
        Map<Long, Long> overdue = page.isEmpty() ? Map.of()
                : countMap(milestones.countOverdueByAction(page.stream().map(a -> id(a.getId())).toList(), today));
        Map<Long, OrganisationSummary> orgs = access.organisationsById();
        Map<Long, PersonSummary> staff = staffById();
        return page.stream().map(a -> new ActionRow(id(a.getId()), a.ref, a.title, a.priority().number,
                        a.outcome() == null ? null : a.outcome().ref,
                        a.leadOrganisationId == null || !orgs.containsKey(a.leadOrganisationId) ? null
                                : orgs.get(a.leadOrganisationId).shortName(),
                        a.leadOfficerIds.stream().map(staff::get).filter(Objects::nonNull)
                                .map(PersonSummary::displayName).toList(),
                        a.end == null ? null : a.end.words(), a.end == null ? null : a.end.date(),
                        a.status() == null ? null : view(a.status()), overdue.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countActions(long planId, ActionFilter filter) {
        plan(planId);
        return actions.count(ActionSpecifications.matching(planId, filter, LocalDate.now(clock)));
    }

    @PreAuthorize("isAuthenticated()")
    public ActionDetail getAction(long actionId) {
        Action a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action"));
        return detail(a);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail updateAction(long actionId, @Valid ActionEdit edit) {
        Action a = editableAction(actionId);
        if (a.getVersion() != edit.version()) {
            throw new EditConflictException("This action");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Long, OrganisationSummary> orgs = access.organisationsById();
        Map<Long, PersonSummary> staff = staffById();
        if (edit.leadOrganisationId() != null && !orgs.containsKey(edit.leadOrganisationId())) {
            problems.put("leadOrganisationId", "action.organisation.unknown");
        }
        if (!orgs.keySet().containsAll(edit.partnerOrganisationIds())) {
            problems.put("partnerOrganisationIds", "action.organisation.unknown");
        }
        if (!staff.keySet().containsAll(edit.leadOfficerIds())) {
            problems.put("leadOfficerIds", "action.officer.unknown");
        }
        StatusLabel status = null;
        if (edit.statusId() != null) {
            status = a.plan().statusLabels.stream().filter(s -> edit.statusId().equals(s.getId())).findFirst().orElse(null);
            if (status == null) {
                problems.put("statusId", "action.status.unknown");
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (edit.statusDate() != null && edit.statusDate().isAfter(today)) {
            problems.put("statusDate", "action.statusDate.future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate reference = a.plan().referenceDate(today);
        a.title = edit.title().trim();
        a.objective = blankToNull(edit.objective());
        a.inspectionFinding = blankToNull(edit.inspectionFinding());
        a.leadOrganisationId = edit.leadOrganisationId();
        a.partnerOrganisationIds.clear();
        a.partnerOrganisationIds.addAll(edit.partnerOrganisationIds());
        a.leadOfficerIds.clear();
        a.leadOfficerIds.addAll(edit.leadOfficerIds());
        a.whoText = blankToNull(edit.whoText());
        a.seniorLead = blankToNull(edit.seniorLead());
        a.healthAction = blankToNull(edit.healthAction());
        a.laAction = blankToNull(edit.laAction());
        a.resource = edit.resource();
        a.start = WrittenDate.read(blankToNull(edit.startWords()), reference);
        a.end = WrittenDate.read(blankToNull(edit.endWords()), reference);
        a.detail = blankToNull(edit.detail());
        a.monitoring = blankToNull(edit.monitoring());
        a.measureOfSuccess = blankToNull(edit.measureOfSuccess());
        a.evidence = blankToNull(edit.evidence());
        a.notes = blankToNull(edit.notes());
        if (!sameStatus(status, a.status())) {
            recordStatusChange(a, status, edit.statusDate() != null ? edit.statusDate() : today, null);
        } else if (edit.statusDate() != null) {
            a.statusDate = edit.statusDate();
        }
        return flushed(a, "This action");
    }

    /** Adds a milestone (milestoneId null) or changes one, on an action the caller may edit. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail saveMilestone(long actionId, @Nullable Long milestoneId, @Valid MilestoneEdit edit) {
        Action a = editableAction(actionId);
        LocalDate today = LocalDate.now(clock);
        if (edit.doneDate() != null && edit.doneDate().isAfter(today)) {
            throw new InvalidInputException("doneDate", "milestone.done.future");
        }
        WrittenDate deadline = WrittenDate.read(blankToNull(edit.deadlineWords()), a.plan().referenceDate(today));
        if (milestoneId == null) {
            int position = a.milestones.stream().mapToInt(m -> m.position + 1).max().orElse(0);
            a.milestones.add(new Milestone(a, position, edit.description().strip(), deadline, edit.doneDate()));
        } else {
            Milestone m = a.milestones.stream().filter(x -> milestoneId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("Milestone"));
            if (m.getVersion() != edit.version()) {
                throw new EditConflictException("This milestone");
            }
            m.description = edit.description().strip();
            m.deadline = deadline;
            m.doneDate = edit.doneDate();
        }
        return flushed(a, "This milestone");
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail removeMilestone(long actionId, long milestoneId, long version) {
        Action a = editableAction(actionId);
        Milestone m = a.milestones.stream().filter(x -> x.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("Milestone"));
        if (m.getVersion() != version) {
            throw new EditConflictException("This milestone");
        }
        a.milestones.remove(m);
        events.publishEvent(new app.tandem.base.Deleted(id(a.getAreaId()), "MILESTONE", milestoneId, m.description));
        return flushed(a, "This milestone");
    }

    /** Adds a risk (riskId null) or changes one. Scores are computed from the factors. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail saveRisk(long actionId, @Nullable Long riskId, @Valid RiskEdit edit) {
        Action a = editableAction(actionId);
        if (edit.ownerId() != null && !staffById().containsKey(edit.ownerId())) {
            throw new InvalidInputException("ownerId", "action.officer.unknown");
        }
        Risk r;
        if (riskId == null) {
            int position = a.risks.stream().mapToInt(x -> x.position + 1).max().orElse(0);
            r = new Risk(a, position, edit.description().strip());
            a.risks.add(r);
        } else {
            r = a.risks.stream().filter(x -> riskId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("Risk"));
            if (r.getVersion() != edit.version()) {
                throw new EditConflictException("This risk");
            }
            r.description = edit.description().strip();
        }
        r.resultIn = blankToNull(edit.resultIn());
        r.consequence = edit.consequence();
        r.likelihood = edit.likelihood();
        r.mitigation = blankToNull(edit.mitigation());
        r.revisedConsequence = edit.revisedConsequence();
        r.revisedLikelihood = edit.revisedLikelihood();
        r.ownerId = edit.ownerId();
        return flushed(a, "This risk");
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail removeRisk(long actionId, long riskId, long version) {
        Action a = editableAction(actionId);
        Risk r = a.risks.stream().filter(x -> x.getId() == riskId).findFirst()
                .orElseThrow(() -> new NotFoundException("Risk"));
        if (r.getVersion() != version) {
            throw new EditConflictException("This risk");
        }
        a.risks.remove(r);
        events.publishEvent(new app.tandem.base.Deleted(id(a.getAreaId()), "RISK", riskId, r.description));
        return flushed(a, "This risk");
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public RiskRegister riskRegister(long planId) {
        Plan plan = plan(planId);
        Map<Long, PersonSummary> staff = staffById();
        List<RiskView> views = risks.findByPlan(planId).stream().map(r -> riskView(r, staff)).toList();
        int[][] before = new int[5][5];
        int[][] after = new int[5][5];
        long unscoredBefore = 0;
        long unscoredAfter = 0;
        for (RiskView r : views) {
            if (r.score().isScored()) {
                before[r.score().consequence() - 1][r.score().likelihood() - 1]++;
            } else {
                unscoredBefore++;
            }
            if (r.revisedScore().isScored()) {
                after[r.revisedScore().consequence() - 1][r.revisedScore().likelihood() - 1]++;
            } else {
                unscoredAfter++;
            }
        }
        return new RiskRegister(planId, plan.title, views, before, after, unscoredBefore, unscoredAfter);
    }

    /** Creates a whole plan from plain data (demo data, imports). All or nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createPlan(@Valid PlanDraft draft) {
        Plan plan = new PlanBuilder(draft, access.organisations(), access.people(), LocalDate.now(clock))
                .build(plans, priorities, outcomes, actions);
        return id(plan.getId());
    }

    // --- Status history and progress (issue 3) ---------------------------------------------------

    /**
     * Sets an action's status as of {@code date} (not in the future) and records the change in its
     * history, with the progress update it came with. Nothing is recorded when the status stays the
     * same. Runs in the caller's transaction, so an update and its status change commit together.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail changeStatus(long actionId, @Nullable Long statusId, LocalDate date,
            @Nullable Long progressUpdateId) {
        Action a = editableAction(actionId);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("statusDate", "action.statusDate.future");
        }
        StatusLabel status = null;
        if (statusId != null) {
            status = a.plan().statusLabels.stream().filter(s -> statusId.equals(s.getId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("statusId", "action.status.unknown"));
        }
        if (!sameStatus(status, a.status())) {
            recordStatusChange(a, status, date, progressUpdateId);
        }
        return flushed(a, "This action");
    }

    /** Every status change of an action, newest first: who, when, from, to. */
    @PreAuthorize("isAuthenticated()")
    public List<StatusChangeView> statusHistory(long actionId) {
        actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action"));
        Map<Long, PersonSummary> staff = staffById();
        return statusChanges.findByActionIdOrderByChangedAtDescIdDesc(actionId).stream()
                .map(c -> new StatusChangeView(id(c.getId()), actionId, c.changedBy,
                        staff.containsKey(c.changedBy) ? staff.get(c.changedBy).displayName() : "Tandem", c.changedAt,
                        c.statusDate, c.fromLabel, c.toLabel, c.progressUpdateId))
                .toList();
    }

    /** Marks open milestones of the action done on {@code date}. Unknown or already done ones are refused. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail markMilestonesDone(long actionId, Set<Long> milestoneIds, LocalDate date) {
        Action a = editableAction(actionId);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("milestoneIds", "milestone.done.future");
        }
        List<Milestone> chosen = a.milestones.stream().filter(m -> milestoneIds.contains(m.getId())).toList();
        if (chosen.size() != milestoneIds.size() || chosen.stream().anyMatch(m -> m.doneDate != null)) {
            throw new InvalidInputException("milestoneIds", "milestone.notOpen");
        }
        chosen.forEach(m -> m.doneDate = date);
        return flushed(a, "This milestone");
    }

    private void recordStatusChange(Action a, @Nullable StatusLabel to, LocalDate date, @Nullable Long progressUpdateId) {
        StatusLabel from = a.status();
        long by = currentUser.require().accountId();
        statusChanges.save(new StatusChange(a, by, clock.instant(), date, from, to, progressUpdateId));
        a.status = to;
        a.statusDate = date;
        events.publishEvent(new ActionStatusChanged(id(a.getAreaId()), id(a.plan().getId()), id(a.getId()),
                from == null ? null : from.label, to == null ? null : to.label, by, date));
    }

    // --- Read API for the report module (period snapshots, highlight report, evidence pack, public page) ---

    /** Every priority, outcome, action and milestone of a plan in order, overdue worked out from the clock. */
    @PreAuthorize("isAuthenticated()")
    public PlanViews.PlanSnapshot snapshotOf(long planId) {
        Map<Long, String> orgs = new HashMap<>();
        access.organisationsById().forEach((k, v) -> orgs.put(k, v.shortName()));
        return snapshot(plan(planId), orgs, true);
    }

    /**
     * The same without evidence, for the public plan page. Open to anonymous callers because it
     * reads only in the area the caller's tenancy names (nothing without one): the report module
     * runs it inside {@code Tenancy.callAs} for a plan it knows is published.
     */
    @PreAuthorize("permitAll()")
    public PlanViews.PlanSnapshot publicSnapshotOf(long planId) {
        return snapshot(plan(planId), access.organisationShortNames(), false);
    }

    private PlanViews.PlanSnapshot snapshot(Plan plan, Map<Long, String> orgNames, boolean withEvidence) {
        long planId = id(plan.getId());
        LocalDate today = LocalDate.now(clock);
        List<Priority> priorityRows = priorities.findByPlanIdOrderByPosition(planId).stream()
                .map(p -> (Priority) org.hibernate.Hibernate.unproxy(p)).toList();
        Map<Long, List<PlanViews.ActionSnapshot>> actionsByPriority = new HashMap<>();
        Map<Long, Long> perOutcome = new HashMap<>();
        for (Action a : actions.findByPlanIdOrderByPriorityPositionAscPositionAsc(planId)) {
            Long outcomeId = a.outcome() == null ? null : a.outcome().getId();
            if (outcomeId != null) {
                perOutcome.merge(outcomeId, 1L, Long::sum);
            }
            actionsByPriority.computeIfAbsent(id(a.priority().getId()), k -> new ArrayList<>())
                    .add(new PlanViews.ActionSnapshot(id(a.getId()), a.ref, a.title, outcomeId,
                            a.status() == null ? null : view(a.status()), a.statusDate,
                            a.leadOrganisationId == null ? null : orgNames.get(a.leadOrganisationId),
                            WrittenDateView.of(a.end), a.measureOfSuccess, withEvidence ? a.evidence : null,
                            a.milestones.stream().map(m -> new MilestoneView(id(m.getId()), m.getVersion(), m.description,
                                    WrittenDateView.of(m.deadline), m.doneDate, m.isOverdue(today))).toList()));
        }
        Map<Long, List<OutcomeView>> outcomesByPriority = new LinkedHashMap<>();
        for (Outcome o : outcomes.findByPriorityPlanIdOrderByPriorityPositionAscPositionAsc(planId)) {
            outcomesByPriority.computeIfAbsent(id(o.priority().getId()), k -> new ArrayList<>())
                    .add(new OutcomeView(id(o.getId()), o.ref, o.text, o.impacts(), perOutcome.getOrDefault(o.getId(), 0L)));
        }
        List<PlanViews.PrioritySnapshot> result = priorityRows.stream()
                .map(p -> new PlanViews.PrioritySnapshot(id(p.getId()), p.number, p.title,
                        outcomesByPriority.getOrDefault(p.getId(), List.of()),
                        actionsByPriority.getOrDefault(p.getId(), List.of())))
                .toList();
        return new PlanViews.PlanSnapshot(planId, plan.title, plan.periodText, scheme(plan), result);
    }

    // ------------------------------------------------------------------ importer: the plan as data

    /**
     * The whole plan as a {@link PlanDraft} (organisations by short name, people by e-mail, dates as
     * the words written, statuses as the plan's words), such that {@link #createPlan} of it makes
     * the same plan again. For exports; admins only, as it holds e-mail addresses.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PlanDraft exportDraft(long planId) {
        Plan plan = plan(planId);
        Map<Long, OrganisationSummary> orgs = access.organisationsById();
        Map<Long, String> emails = new HashMap<>();
        access.people().forEach(p -> {
            if (p.email() != null) {
                emails.put(p.id(), p.email());
            }
        });
        Function<@Nullable Long, @Nullable String> orgName = orgId -> orgId == null || !orgs.containsKey(orgId) ? null
                : orgs.get(orgId).shortName();
        List<Action> all = actions.findAll(ActionSpecifications.matching(planId, ActionFilter.none(), LocalDate.now(clock)),
                Sort.by("position"));
        Map<Long, List<PlanDraft.ActionDraft>> byPriority = new HashMap<>();
        Map<Long, List<PlanDraft.ActionDraft>> byOutcome = new HashMap<>();
        for (Action a : all) {
            PlanDraft.ActionDraft draft = new PlanDraft.ActionDraft(a.ref, a.title, a.objective, a.inspectionFinding,
                    orgName.apply(a.leadOrganisationId),
                    a.partnerOrganisationIds.stream().map(orgName).filter(Objects::nonNull).toList(),
                    a.leadOfficerIds.stream().map(emails::get).filter(Objects::nonNull).toList(),
                    a.whoText, a.seniorLead, a.healthAction, a.laAction, a.resource,
                    a.start == null ? null : a.start.words(), a.end == null ? null : a.end.words(), a.detail,
                    a.monitoring, a.measureOfSuccess, a.evidence, a.notes,
                    a.status() == null ? null : a.status().label, a.statusDate,
                    a.milestones.stream().map(m -> new PlanDraft.MilestoneDraft(m.description,
                            m.deadline == null ? null : m.deadline.words(), m.doneDate)).toList(),
                    a.risks.stream().map(r -> new PlanDraft.RiskDraft(r.description, r.resultIn, r.consequence,
                            r.likelihood, r.mitigation, r.revisedConsequence, r.revisedLikelihood,
                            r.ownerId == null ? null : emails.get(r.ownerId))).toList());
            Outcome outcome = a.outcome();
            if (outcome == null) {
                byPriority.computeIfAbsent(a.priority().getId(), k -> new ArrayList<>()).add(draft);
            } else {
                byOutcome.computeIfAbsent(outcome.getId(), k -> new ArrayList<>()).add(draft);
            }
        }
        Map<Long, List<PlanDraft.OutcomeDraft>> outcomesByPriority = new LinkedHashMap<>();
        for (Outcome found : outcomes.findByPriorityPlanIdOrderByPriorityPositionAscPositionAsc(planId)) {
            // The actions above may have put a proxy of this outcome in the session first: read the real row.
            Outcome o = (Outcome) org.hibernate.Hibernate.unproxy(found);
            outcomesByPriority.computeIfAbsent(o.priority().getId(), k -> new ArrayList<>()).add(
                    new PlanDraft.OutcomeDraft(o.ref, o.text, o.impacts(), byOutcome.getOrDefault(o.getId(), List.of())));
        }
        List<PlanDraft.PriorityDraft> priorityDrafts = priorities.findByPlanIdOrderByPosition(planId).stream()
                .map(p -> (Priority) org.hibernate.Hibernate.unproxy(p))
                .map(p -> new PlanDraft.PriorityDraft(p.number, p.title, p.inspectorsWords, p.inspectionQuestion, p.kloe,
                        p.theme, p.strategyPriority, p.specificAim, p.sponsor, p.deliveryPartners,
                        outcomesByPriority.getOrDefault(p.getId(), List.of()), byPriority.getOrDefault(p.getId(), List.of())))
                .toList();
        return new PlanDraft(plan.kind, plan.title, plan.periodText, plan.startDate, plan.endDate, plan.board,
                plan.strategicLead, plan.leadOfficerId == null ? null : emails.get(plan.leadOfficerId),
                plan.implementationDate, plan.reviewDate, plan.monitoringFrequency, plan.monitoringIntervalDays,
                plan.inspectionDates, plan.inspectionReportPublished, plan.aims, plan.relevantStrategies,
                plan.previousVersions, plan.statusLabels.stream().map(StatusLabel::option).toList(), priorityDrafts);
    }

    // ---------------------------------------------------------------------------------------------

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private Action editableAction(long actionId) {
        Action a = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action"));
        if (!canEdit(a)) {
            throw new AccessDeniedException("Only the action's lead officer, its lead organisation or an admin can edit it.");
        }
        return a;
    }

    private ActionDetail flushed(Action a, String what) {
        try {
            actions.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(what);
        }
        return detail(a);
    }

    private boolean canEdit(Action a) {
        TandemUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.OFFICER) && a.isLedBy(user.accountId(), user.organisationId());
    }

    private ActionDetail detail(Action a) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, OrganisationSummary> orgs = access.organisationsById();
        Map<Long, PersonSummary> staff = staffById();
        Function<Long, @Nullable OrganisationRef> org = orgId -> orgId == null || !orgs.containsKey(orgId) ? null
                : new OrganisationRef(orgId, orgs.get(orgId).label());
        return new ActionDetail(id(a.getId()), a.getVersion(), id(a.plan().getId()), a.plan().title, id(a.priority().getId()),
                a.priority().number, a.priority().title, a.outcome() == null ? null : a.outcome().getId(),
                a.outcome() == null ? null : a.outcome().ref, a.outcome() == null ? null : a.outcome().text, a.ref, a.title,
                a.objective, a.inspectionFinding, org.apply(a.leadOrganisationId),
                a.partnerOrganisationIds.stream().map(org).filter(Objects::nonNull).toList(),
                a.leadOfficerIds.stream().map(staff::get).filter(Objects::nonNull)
                        .map(p -> new PersonRef(p.id(), p.displayName(), p.jobTitle())).toList(),
                a.whoText, a.seniorLead, a.healthAction, a.laAction, a.resource, WrittenDateView.of(a.start),
                WrittenDateView.of(a.end), a.detail, a.monitoring, a.measureOfSuccess, a.evidence, a.notes,
                a.status() == null ? null : view(a.status()), a.statusDate, scheme(a.plan()),
                a.milestones.stream().map(m -> new MilestoneView(id(m.getId()), m.getVersion(), m.description,
                        WrittenDateView.of(m.deadline), m.doneDate, m.isOverdue(today))).toList(),
                a.risks.stream().map(r -> riskView(r, staff)).toList(), canEdit(a), a.plainSummary);
    }

    private static RiskView riskView(Risk r, Map<Long, PersonSummary> staff) {
        PersonSummary owner = r.ownerId == null ? null : staff.get(r.ownerId);
        return new RiskView(id(r.getId()), r.getVersion(), id(r.action().getId()), r.action().ref, r.action().title,
                r.description, r.resultIn, r.score(), r.mitigation, r.revisedScore(), r.ownerId,
                owner == null ? null : owner.displayName());
    }

    private Map<Long, PersonSummary> staffById() {
        return access.staff().stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    private static List<StatusView> scheme(Plan plan) {
        return plan.statusLabels.stream().map(PlanService::view).toList();
    }

    private static StatusView view(StatusLabel label) {
        // A label reached through a lazy association may be a proxy whose fields are empty.
        StatusLabel s = (StatusLabel) org.hibernate.Hibernate.unproxy(label);
        return new StatusView(id(s.getId()), s.label, s.colour, s.description, s.complete);
    }

    private static boolean sameStatus(@Nullable StatusLabel a, @Nullable StatusLabel b) {
        return a == null ? b == null : b != null && Objects.equals(a.getId(), b.getId());
    }

    private static Map<Long, Long> countMap(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                map.put((Long) row[0], ((Number) row[1]).longValue());
            }
        }
        return map;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id, "entity not yet saved");
    }

    // --- Plain-English summary of an action (issue 4, item 6; added by feedback2) ---------------

    /** The action's plain-English summary for parents; blank removes it. Same editors and version check as the action. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public ActionDetail savePlainSummary(long actionId, long version,
            @jakarta.validation.constraints.Size(max = 2000, message = "{text.tooLong}") @Nullable String summary) {
        Action a = editableAction(actionId);
        if (a.getVersion() != version) {
            throw new EditConflictException("This action");
        }
        a.plainSummary = summary == null || summary.isBlank() ? null : summary.strip();
        return flushed(a, "This action");
    }

    // --- Bounded reads for the home page (issue 11; added by home) -------------------------------

    /** A plan's status changes since {@code since}, newest first, at most {@code limit} (1 to 100). */
    @PreAuthorize("isAuthenticated()")
    public List<HomeReads.RecentStatusChange> recentStatusChanges(long planId, java.time.Instant since, int limit) {
        plan(planId); // not found in another area
        return statusChanges.recentInPlan(planId, since,
                        org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 100))).stream()
                .map(c -> new HomeReads.RecentStatusChange(id(c.action.getId()), c.action.ref, c.action.title,
                        c.fromLabel, c.toLabel, c.statusDate, c.changedAt))
                .toList();
    }

    /**
     * Open milestones on actions the signed-in officer leads (as lead officer or through their
     * organisation), overdue or due on or before {@code until}, soonest first, at most {@code limit}.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<HomeReads.DueMilestone> myMilestonesDue(LocalDate until, int limit) {
        TandemUser me = currentUser.require();
        long orgId = me.organisationId() == null ? -1L : me.organisationId();
        return milestones.openDueForLead(me.accountId(), orgId, until,
                        org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 100))).stream()
                .map(m -> new HomeReads.DueMilestone(id(m.getId()), id(m.action.getId()), m.action.ref,
                        m.action.title, m.description, Objects.requireNonNull(Objects.requireNonNull(m.deadline).date())))
                .toList();
    }

    /** Risks the signed-in person owns scored (before mitigation) {@code minScore} or more, highest first. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<HomeReads.OwnedRisk> myRisksScoredAtLeast(int minScore, int limit) {
        TandemUser me = currentUser.require();
        return risks.findByOwner(me.accountId()).stream()
                .filter(r -> r.score().value() != null && r.score().value() >= minScore)
                .sorted(java.util.Comparator.comparing((Risk r) -> -Objects.requireNonNull(r.score().value())))
                .limit(Math.clamp(limit, 1, 100))
                .map(r -> new HomeReads.OwnedRisk(id(r.getId()), id(r.action().getId()), r.action().ref,
                        r.action().title, r.description, Objects.requireNonNull(r.score().value())))
                .toList();
    }

    // --- Priority sponsors as accounts (issue 6: the weekly sponsor digest) -----------------------

    /** Each priority of a plan with its sponsor as written and the linked account, in plan order. */
    @PreAuthorize("isAuthenticated()")
    public List<PrioritySponsor> prioritySponsors(long planId) {
        plan(planId); // not found in another area
        Map<Long, PersonSummary> staff = staffById();
        return priorities.findByPlanIdOrderByPosition(planId).stream()
                .map(p -> (Priority) org.hibernate.Hibernate.unproxy(p))
                .map(p -> {
                    PersonSummary sponsor = p.sponsorAccountId == null ? null : staff.get(p.sponsorAccountId);
                    return new PrioritySponsor(id(p.getId()), p.getVersion(), p.number, p.title, p.sponsor,
                            sponsor == null ? null : sponsor.id(), sponsor == null ? null : sponsor.displayName());
                })
                .toList();
    }

    /**
     * Links a priority's sponsor to an officer's or admin's account in this area, or unlinks it
     * ({@code accountId} null). {@code version} is the priority's version as the admin saw it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PrioritySponsor linkSponsor(long priorityId, long version, @Nullable Long accountId) {
        Priority p = priorities.findById(priorityId).map(x -> (Priority) org.hibernate.Hibernate.unproxy(x))
                .orElseThrow(() -> new NotFoundException("Priority"));
        if (p.getVersion() != version) {
            throw new EditConflictException("This priority");
        }
        if (accountId != null) {
            PersonSummary person = staffById().get(accountId);
            if (person == null || !person.enabled()) {
                throw new InvalidInputException("sponsor", "priority.sponsorAccount.notStaff");
            }
        }
        p.sponsorAccountId = accountId;
        try {
            priorities.saveAndFlush(p);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException("This priority");
        }
        return prioritySponsors(id(p.plan.getId())).stream().filter(s -> s.priorityId() == priorityId)
                .findFirst().orElseThrow();
    }
}

package app.tandem.feedback;

import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.feedback.FeedbackViews.Answered;
import app.tandem.feedback.FeedbackViews.AwaitingResponse;
import app.tandem.feedback.FeedbackViews.CommentThread;
import app.tandem.feedback.FeedbackViews.CommentView;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.FeedbackViews.PriorityAnswers;
import app.tandem.feedback.FeedbackViews.ResponseTimes;
import app.tandem.feedback.FeedbackViews.ResponseView;
import app.tandem.feedback.FeedbackViews.YouSaidWeDid;
import app.tandem.feedback.FeedbackViews.ForumDisagreement;
import app.tandem.feedback.FeedbackViews.ForumRatingPanel;
import app.tandem.feedback.FeedbackViews.ForumRatingView;
import app.tandem.feedback.FeedbackViews.NewForumRating;
import app.tandem.feedback.FeedbackViews.PeriodChoice;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.OutcomeView;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.PlanViews.PriorityView;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Comments and official responses. Held, reported and rejected comments are seen only by their
 * author (and by moderators through {@link ModerationService}): every list and count here filters them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FeedbackService {

    static final int REPORTS_TO_HIDE = 3;
    static final String ALL_ORGANISATIONS = "All organisations";

    private final CommentRepository comments;
    private final SupportRepository supports;
    private final ReportRepository reports;
    private final MemberRepository members;
    private final CommentRules rules;
    private final CommentRateLimiter rateLimiter;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final ForumRatingRepository ratings;
    private final ReportService periods;

    FeedbackService(CommentRepository comments, SupportRepository supports, ReportRepository reports,
            MemberRepository members, CommentRules rules, CommentRateLimiter rateLimiter, PlanService plans,
            ApplicationEventPublisher events, ForumRatingRepository ratings, ReportService periods) {
        this.ratings = ratings;
        this.periods = periods;
        this.comments = comments;
        this.supports = supports;
        this.reports = reports;
        this.members = members;
        this.rules = rules;
        this.rateLimiter = rateLimiter;
        this.plans = plans;
        this.events = events;
    }

    /** The thread on an action, outcome or priority, as the signed-in person may see it. */
    @PreAuthorize("isAuthenticated()")
    public CommentThread thread(TargetKind kind, long targetId) {
        TandemUser me = rules.user();
        boolean canRespond = canRespond(kind, targetId, me);
        List<Comment> all = comments.findByTargetKindAndTargetIdOrderByPostedAtAscIdAsc(kind, targetId);
        List<Comment> seen = all.stream().filter(c -> visibleTo(c, me)).toList();
        Map<Long, Long> supportCounts = new HashMap<>();
        Set<Long> mySupport = new HashSet<>();
        if (!seen.isEmpty()) {
            for (Support s : supports.findByCommentIdIn(seen.stream().map(c -> id(c.getId())).toList())) {
                supportCounts.merge(s.commentId, 1L, Long::sum);
                if (s.accountId == me.accountId()) {
                    mySupport.add(s.commentId);
                }
            }
        }
        Map<Long, List<CommentView>> replies = new HashMap<>();
        for (Comment c : seen) {
            if (c.parentId != null) {
                replies.computeIfAbsent(c.parentId, k -> new ArrayList<>())
                        .add(view(c, me, supportCounts, mySupport, false, List.of()));
            }
        }
        List<CommentView> top = seen.stream().filter(Comment::isTopLevel)
                .map(c -> view(c, me, supportCounts, mySupport, canRespond,
                        replies.getOrDefault(c.getId(), List.of())))
                .toList();
        long visible = seen.stream().filter(c -> c.isVisibleToEveryone() && !c.deleted).count();
        return new CommentThread(top, visible, canComment(me), isRepresentative(me), canRespond);
    }

    /** Visible (published, not deleted) comments per action, for lists. Held comments never count. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> visibleCounts(TargetKind kind, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : comments.countVisible(kind, targetIds)) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Posts a comment or a reply. Held for a moderator when it looks like personal data or comes
     * from a young person; limited to a few a minute per person; a repeat with the same key returns
     * the first.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','FORUM_MEMBER','YOUNG_PERSON')")
    @Transactional
    public Posted post(@Valid NewComment input) {
        TandemUser me = rules.user();
        var existing = comments.findByAuthorIdAndIdempotencyKey(me.accountId(), input.idempotencyKey());
        if (existing.isPresent()) {
            return posted(existing.get());
        }
        if (!rateLimiter.tryPost(me.accountId())) {
            throw new InvalidInputException("body", "comment.rateLimited");
        }
        if (input.onBehalfOfForum() && !isRepresentative(me)) {
            throw new AccessDeniedException("Only forum representatives post on behalf of the forum.");
        }
        Comment c = new Comment();
        if (input.parentId() != null) {
            Comment parent = comments.findById(input.parentId()).filter(p -> visibleTo(p, me) && p.isVisibleToEveryone())
                    .orElseThrow(() -> new NotFoundException("Comment"));
            if (!parent.isTopLevel()) {
                throw new InvalidInputException("parentId", "comment.replyDepth");
            }
            if (parent.targetKind != input.targetKind() || parent.targetId != input.targetId()) {
                throw new InvalidInputException("parentId", "comment.replyElsewhere");
            }
            c.parentId = parent.getId();
        }
        Target target = target(input.targetKind(), input.targetId());
        c.targetKind = input.targetKind();
        c.targetId = input.targetId();
        c.planId = target.planId();
        c.priorityId = target.priorityId();
        c.actionId = target.actionId();
        c.authorId = me.accountId();
        c.authorName = me.displayName();
        c.authorRole = me.role().map(Enum::name).orElse(Role.ADMIN.name());
        c.onBehalfOfForum = input.onBehalfOfForum();
        c.showName = input.showName() || me.hasRole(Role.OFFICER) || me.hasRole(Role.ADMIN);
        c.body = input.body().strip();
        c.postedAt = rules.now();
        c.idempotencyKey = input.idempotencyKey();
        c.state = CommentState.HELD;
        try {
            c = comments.saveAndFlush(c);
        } catch (DataIntegrityViolationException e) {
            // The same form submitted twice at once: the other request saved it.
            return comments.findByAuthorIdAndIdempotencyKey(me.accountId(), input.idempotencyKey()).map(this::posted)
                    .orElseThrow(() -> e);
        }
        rules.screen(c, me.hasRole(Role.YOUNG_PERSON) && !me.isSystem());
        return posted(comments.saveAndFlush(c));
    }

    /** The author changes their words within 15 minutes of posting. The new words are screened again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Posted edit(long commentId, @jakarta.validation.constraints.NotBlank(message = "{comment.body.required}")
            @jakarta.validation.constraints.Size(max = 2000, message = "{comment.body.tooLong}") String body) {
        TandemUser me = rules.user();
        Comment c = own(commentId, me);
        if (!c.editableAt(rules.now())) {
            throw new InvalidInputException("body", "comment.editWindowClosed");
        }
        c.body = body.strip();
        c.editedAt = rules.now();
        rules.screen(c, me.hasRole(Role.YOUNG_PERSON) && !me.isSystem());
        return posted(comments.saveAndFlush(c));
    }

    /** The author deletes their comment; the thread shows "This comment was deleted". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long commentId) {
        Comment c = own(commentId, rules.user());
        c.deleted = true;
        comments.saveAndFlush(c);
        // The comment's words stay out of the audit (AU-2): only that it was deleted, and by whom.
        events.publishEvent(new app.tandem.base.Deleted(id(c.getAreaId()), "COMMENT", commentId, "deleted by its author"));
    }

    /** "I agree": on, or off again. One per person. Returns whether the caller now supports it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean toggleSupport(long commentId) {
        TandemUser me = rules.user();
        Comment c = comments.findById(commentId).filter(x -> x.isVisibleToEveryone() && !x.deleted)
                .orElseThrow(() -> new NotFoundException("Comment"));
        var existing = supports.findByCommentIdAndAccountId(id(c.getId()), me.accountId());
        if (existing.isPresent()) {
            supports.delete(existing.get());
            return false;
        }
        try {
            supports.saveAndFlush(new Support(id(c.getId()), me.accountId()));
        } catch (DataIntegrityViolationException e) {
            // a double click: already supported
        }
        return true;
    }

    /** Anyone may report a comment once; after three reports it is hidden until a moderator looks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void report(long commentId, @jakarta.validation.constraints.Size(max = 500) @Nullable String reason) {
        TandemUser me = rules.user();
        Comment c = comments.findById(commentId).filter(x -> x.isVisibleToEveryone() && !x.deleted)
                .orElseThrow(() -> new NotFoundException("Comment"));
        if (c.authorId == me.accountId() || reports.existsByCommentIdAndAccountId(commentId, me.accountId())) {
            return;
        }
        reports.saveAndFlush(new Report(commentId, me.accountId(), reason == null || reason.isBlank() ? null : reason.strip(),
                rules.now()));
        c.reportCount = (int) reports.countByCommentId(commentId);
        if (c.reportCount >= REPORTS_TO_HIDE) {
            c.state = CommentState.REPORTED;
        }
        comments.saveAndFlush(c);
    }

    /** The action's lead officer (or an admin) answers a top-level comment, once. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public CommentView respond(long commentId, @Valid OfficialResponse response) {
        TandemUser me = rules.user();
        Comment c = comments.findById(commentId).filter(x -> x.isVisibleToEveryone() && !x.deleted)
                .orElseThrow(() -> new NotFoundException("Comment"));
        if (!c.isTopLevel()) {
            throw new InvalidInputException("commentId", "response.topLevelOnly");
        }
        if (!canRespond(c.targetKind, c.targetId, me)) {
            throw new AccessDeniedException("Only the action's lead officer or an admin answers.");
        }
        if (c.isAnswered()) {
            throw new InvalidInputException("body", "response.alreadyAnswered");
        }
        if (response.outcome() == ResponseOutcome.WILL_DO && response.willDoBy() == null) {
            throw new InvalidInputException("willDoBy", "response.willDoBy.required");
        }
        c.responseOutcome = response.outcome();
        c.responseBody = response.body().strip();
        c.responseWillDoBy = response.outcome() == ResponseOutcome.WILL_DO ? response.willDoBy() : null;
        c.respondedBy = me.accountId();
        c.respondedByName = me.displayName();
        c.respondedAt = rules.now();
        comments.saveAndFlush(c);
        events.publishEvent(new CommentAnswered(me.areaId(), id(c.getId()), c.authorId, me.accountId(), response.outcome()));
        return view(c, me, Map.of(), Set.of(), false, List.of());
    }

    /**
     * Comments awaiting the caller's official response: on actions they or their organisation lead
     * (admins: all), overdue first, then by due date.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<AwaitingResponse> awaitingMyResponse() {
        TandemUser me = rules.user();
        Map<Long, ActionRow> actions = new HashMap<>();
        List<Comment> waiting;
        if (me.hasRole(Role.ADMIN)) {
            waiting = comments.allAwaitingResponse();
            allActions().forEach(a -> actions.put(a.id(), a));
        } else {
            for (PlanSummary p : plans.listPlans()) {
                plans.findActions(p.id(), new ActionFilter(Set.of(), false, null, me.accountId(), null, false, null), 0,
                        10_000).forEach(a -> actions.put(a.id(), a));
                if (me.organisationId() != null) {
                    plans.findActions(p.id(), new ActionFilter(Set.of(), false, me.organisationId(), null, null, false,
                            null), 0, 10_000).forEach(a -> actions.put(a.id(), a));
                }
            }
            waiting = actions.isEmpty() ? List.of() : comments.awaitingResponse(actions.keySet());
        }
        LocalDate today = rules.today();
        return waiting.stream().filter(c -> c.dueDate != null && actions.containsKey(c.actionId)).map(c -> {
            ActionRow a = actions.get(c.actionId);
            return new AwaitingResponse(id(c.getId()), a.id(), a.ref(), a.title(), excerpt(c.body), authorLabel(c),
                    c.dueDate, ChronoUnit.DAYS.between(today, c.dueDate));
        }).sorted(java.util.Comparator.comparing(AwaitingResponse::dueDate).thenComparing(AwaitingResponse::commentId))
                .toList();
    }

    /**
     * How quickly comments on actions are answered, per lead organisation and for all: median days
     * from publication to answer, the share answered by the due date, how many wait and how many
     * of those are overdue. Only published comments count.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ResponseTimes> responseTimes(@Nullable LocalDate from, @Nullable LocalDate to) {
        Map<Long, String> orgOfAction = new HashMap<>();
        for (ActionRow a : allActions()) {
            orgOfAction.put(a.id(), a.leadOrganisation() == null ? "No lead organisation" : a.leadOrganisation());
        }
        LocalDate today = rules.today();
        Map<String, List<ResponseClock>> byOrg = new LinkedHashMap<>();
        for (ResponseClock c : comments.publishedTopLevelOnActions()) {
            LocalDate published = LocalDate.ofInstant(c.publishedAt(), CommentRules.UK);
            if ((from != null && published.isBefore(from)) || (to != null && published.isAfter(to))) {
                continue;
            }
            byOrg.computeIfAbsent(orgOfAction.getOrDefault(c.actionId(), "No lead organisation"), k -> new ArrayList<>()).add(c);
            byOrg.computeIfAbsent(ALL_ORGANISATIONS, k -> new ArrayList<>()).add(c);
        }
        List<ResponseTimes> result = new ArrayList<>();
        byOrg.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.add(times(e.getKey(), e.getValue(), today)));
        result.sort(java.util.Comparator.comparing((ResponseTimes r) -> !r.organisation().equals(ALL_ORGANISATIONS)));
        return result;
    }

    static ResponseTimes times(String organisation, List<ResponseClock> list, LocalDate today) {
        List<Long> days = new ArrayList<>();
        long onTime = 0;
        long awaiting = 0;
        long overdue = 0;
        for (ResponseClock c : list) {
            if (c.respondedAt() != null) {
                LocalDate answered = LocalDate.ofInstant(c.respondedAt(), CommentRules.UK);
                days.add(ChronoUnit.DAYS.between(LocalDate.ofInstant(c.publishedAt(), CommentRules.UK), answered));
                if (c.dueDate() == null || !answered.isAfter(c.dueDate())) {
                    onTime++;
                }
            } else {
                awaiting++;
                if (c.dueDate() != null && today.isAfter(c.dueDate())) {
                    overdue++;
                }
            }
        }
        return new ResponseTimes(organisation, days.size(), median(days),
                days.isEmpty() ? null : (int) Math.round(100.0 * onTime / days.size()), awaiting, overdue);
    }

    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Answered comments of a plan grouped by priority, authors anonymous unless they chose otherwise. */
    @PreAuthorize("isAuthenticated()")
    public YouSaidWeDid youSaidWeDid(long planId) {
        PlanDetail plan = plans.getPlan(planId);
        Map<Long, ActionRow> actions = plans.findActions(planId, ActionFilter.none(), 0, 10_000).stream()
                .collect(Collectors.toMap(ActionRow::id, a -> a));
        Map<Long, List<Answered>> byPriority = new LinkedHashMap<>();
        for (Comment c : comments.answeredInPlan(planId)) {
            ActionRow a = c.actionId == null ? null : actions.get(c.actionId);
            byPriority.computeIfAbsent(c.priorityId == null ? -1L : c.priorityId, k -> new ArrayList<>())
                    .add(new Answered(id(c.getId()), a == null ? null : a.ref(), a == null ? null : a.title(),
                            authorLabel(c), c.body, Objects.requireNonNull(c.responseOutcome),
                            Objects.requireNonNull(c.responseBody), c.responseWillDoBy,
                            LocalDate.ofInstant(Objects.requireNonNull(c.respondedAt), CommentRules.UK)));
        }
        List<PriorityAnswers> groups = new ArrayList<>();
        for (PriorityView p : plan.priorities()) {
            List<Answered> list = byPriority.get(p.id());
            if (list != null) {
                groups.add(new PriorityAnswers(p.number(), p.title(), list));
            }
        }
        return new YouSaidWeDid(plan.id(), plan.title(), groups);
    }

    /** Whether the signed-in person may post on behalf of the parent carer forum. */
    @PreAuthorize("isAuthenticated()")
    public boolean amForumRepresentative() {
        return isRepresentative(rules.user());
    }

    /** The number of working days an answer is due in, for "what happens next" text. */
    @PreAuthorize("isAuthenticated()")
    public int responseWorkingDays() {
        return rules.responseWorkingDays();
    }

    // --- The forum's own rating (issue 4, item 4) -------------------------------------------------

    /** The officers' status beside the forum's ratings of an action, and whether the caller may rate it. */
    @PreAuthorize("isAuthenticated()")
    public ForumRatingPanel forumRating(long actionId) {
        ActionDetail a = plans.getAction(actionId);
        List<PeriodView> all = periods.periodsOfPlan(a.planId());
        Map<Long, String> names = all.stream().collect(Collectors.toMap(PeriodView::id, PeriodView::name));
        Long officerStatus = a.status() == null ? null : a.status().id();
        List<ForumRatingView> history = ratings.findByActionIdOrderByRatedAtDesc(actionId).stream()
                .map(r -> ratingView(r, names, officerStatus)).toList();
        List<PeriodChoice> open = all.stream().filter(p -> !p.closed())
                .map(p -> new PeriodChoice(p.id(), p.name(), false)).toList();
        LocalDate today = rules.today();
        Long current = all.stream().filter(p -> !p.closed() && !today.isBefore(p.startDate()) && !today.isAfter(p.endDate()))
                .map(PeriodView::id).findFirst().orElse(open.isEmpty() ? null : open.getLast().id());
        ForumRatingView latest = history.stream().filter(r -> current != null && r.periodId() == current).findFirst()
                .orElse(history.isEmpty() ? null : history.getFirst());
        return new ForumRatingPanel(actionId, a.status(), a.scheme(), open, current, latest, history,
                isRepresentative(rules.user()) && !open.isEmpty());
    }

    /** A forum representative rates an action for an open reporting period; rating again replaces their rating. */
    @PreAuthorize("hasRole('FORUM_MEMBER')")
    @Transactional
    public ForumRatingView rateAction(long actionId, @Valid NewForumRating input) {
        TandemUser me = rules.user();
        if (!isRepresentative(me)) {
            throw new AccessDeniedException("Only forum representatives rate actions for the forum.");
        }
        ActionDetail a = plans.getAction(actionId);
        PeriodView period = periods.periodsOfPlan(a.planId()).stream().filter(p -> p.id() == input.periodId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("periodId", "rating.period.unknown"));
        if (period.closed()) {
            throw new InvalidInputException("periodId", "rating.period.closed");
        }
        StatusView status = a.scheme().stream().filter(s -> s.id() == input.statusId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("statusId", "rating.status.required"));
        ForumRating r = ratings.findByActionIdAndPeriodId(actionId, period.id())
                .orElseGet(() -> new ForumRating(actionId, period.id()));
        r.statusId = status.id();
        r.statusLabel = status.label();
        r.reason = input.reason().strip();
        r.ratedBy = me.accountId();
        r.ratedByName = me.displayName();
        r.ratedAt = rules.now();
        try {
            r = ratings.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw new app.tandem.base.EditConflictException("Forum rating");
        }
        return ratingView(r, Map.of(period.id(), period.name()), a.status() == null ? null : a.status().id());
    }

    /**
     * Actions whose forum rating for the period differs from the officers' current status, for the
     * highlight report. Ratings of actions no longer in the plan are left out.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','VIEWER')")
    public List<ForumDisagreement> forumDisagreements(long planId, long periodId) {
        periods.periodsOfPlan(planId).stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundException("Reporting period"));
        Map<Long, ActionRow> actions = plans.findActions(planId, ActionFilter.none(), 0, 10_000).stream()
                .collect(Collectors.toMap(ActionRow::id, a -> a));
        List<ForumDisagreement> out = new ArrayList<>();
        for (ForumRating r : ratings.findByPeriodId(periodId)) {
            ActionRow a = actions.get(r.actionId);
            if (a == null || (a.status() != null && a.status().id() == r.statusId)) {
                continue;
            }
            out.add(new ForumDisagreement(a.id(), a.ref(), a.title(), a.status() == null ? null : a.status().label(),
                    r.statusLabel, r.reason, r.ratedByName));
        }
        out.sort(java.util.Comparator.comparing((ForumDisagreement d) -> d.actionRef() == null ? "" : d.actionRef()));
        return out;
    }

    /**
     * Demo data only: moves a comment's posting back to {@code postedAt}, with the answer date counted
     * again from then, so the demo shows overdue answers. Never offered to people.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void backdateForDemo(long commentId, java.time.Instant postedAt) {
        Comment c = comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        c.postedAt = postedAt;
        if (c.publishedAt != null) {
            c.publishedAt = postedAt;
            if (c.isTopLevel()) {
                c.dueDate = rules.workingDays().plus(LocalDate.ofInstant(postedAt, CommentRules.UK),
                        rules.responseWorkingDays());
            }
        }
        comments.saveAndFlush(c);
    }

    private static ForumRatingView ratingView(ForumRating r, Map<Long, String> periodNames, @Nullable Long officerStatus) {
        return new ForumRatingView(r.periodId, periodNames.getOrDefault(r.periodId, ""), r.statusId, r.statusLabel,
                r.reason, r.ratedByName, r.ratedAt, officerStatus == null || officerStatus != r.statusId);
    }

    // ---------------------------------------------------------------------------------------------

    private Posted posted(Comment c) {
        return new Posted(id(c.getId()), c.state, c.dueDate);
    }

    private Comment own(long commentId, TandemUser me) {
        Comment c = comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        if (c.authorId != me.accountId()) {
            if (!visibleTo(c, me)) {
                throw new NotFoundException("Comment");
            }
            throw new AccessDeniedException("Only the author changes a comment.");
        }
        return c;
    }

    static boolean visibleTo(Comment c, TandemUser me) {
        return c.isVisibleToEveryone() || c.authorId == me.accountId();
    }

    private static boolean canComment(TandemUser me) {
        return !me.hasRole(Role.VIEWER);
    }

    private boolean isRepresentative(TandemUser me) {
        return members.findByAccountId(me.accountId()).map(m -> m.forumRepresentative).orElse(false);
    }

    private boolean canRespond(TargetKind kind, long targetId, TandemUser me) {
        if (me.hasRole(Role.ADMIN)) {
            return true;
        }
        if (kind != TargetKind.ACTION || !me.hasRole(Role.OFFICER)) {
            return false;
        }
        return plans.getAction(targetId).canEdit();
    }

    private CommentView view(Comment c, TandemUser me, Map<Long, Long> supportCounts, Set<Long> mySupport,
            boolean canRespond, List<CommentView> replies) {
        boolean mine = c.authorId == me.accountId();
        ResponseView response = c.responseBody == null ? null
                : new ResponseView(Objects.requireNonNull(c.responseOutcome), c.responseBody, c.responseWillDoBy,
                        Objects.requireNonNullElse(c.respondedByName, ""),
                        LocalDate.ofInstant(Objects.requireNonNull(c.respondedAt), CommentRules.UK),
                        c.dueDate != null && LocalDate.ofInstant(c.respondedAt, CommentRules.UK).isAfter(c.dueDate));
        return new CommentView(id(c.getId()), c.parentId, authorLabel(c), c.onBehalfOfForum, mine,
                c.deleted ? "" : c.body, c.deleted, c.redacted, c.state,
                mine ? c.moderationReason : null, c.postedAt, c.editedAt != null,
                mine && c.editableAt(rules.now()), supportCounts.getOrDefault(c.getId(), 0L), mySupport.contains(c.getId()),
                c.isTopLevel() && c.isVisibleToEveryone() ? c.dueDate : null, response,
                canRespond && c.isTopLevel() && c.isVisibleToEveryone() && !c.deleted && c.responseBody == null, replies);
    }

    /** "A parent carer" unless the author chose to show their name; staff are always named. */
    static String authorLabel(Comment c) {
        if (c.onBehalfOfForum) {
            return "The parent carer forum" + (c.showName ? " (" + c.authorName + ")" : "");
        }
        if (c.showName) {
            return c.authorName;
        }
        return Role.YOUNG_PERSON.name().equals(c.authorRole) ? "A young person" : "A parent carer";
    }

    static String excerpt(String body) {
        return body.length() <= 160 ? body : body.substring(0, 157) + "...";
    }

    private List<ActionRow> allActions() {
        List<ActionRow> all = new ArrayList<>();
        for (PlanSummary p : plans.listPlans()) {
            all.addAll(plans.findActions(p.id(), ActionFilter.none(), 0, 10_000));
        }
        return all;
    }

    record Target(long planId, @Nullable Long priorityId, @Nullable Long actionId) {}

    private Target target(TargetKind kind, long targetId) {
        if (kind == TargetKind.ACTION) {
            ActionDetail a = plans.getAction(targetId);
            return new Target(a.planId(), a.priorityId(), a.id());
        }
        for (PlanSummary p : plans.listPlans()) {
            for (PriorityView pr : plans.getPlan(p.id()).priorities()) {
                if (kind == TargetKind.PRIORITY && pr.id() == targetId) {
                    return new Target(p.id(), pr.id(), null);
                }
                for (OutcomeView o : pr.outcomes()) {
                    if (kind == TargetKind.OUTCOME && o.id() == targetId) {
                        return new Target(p.id(), pr.id(), null);
                    }
                }
            }
        }
        throw new NotFoundException(kind == TargetKind.PRIORITY ? "Priority" : "Outcome");
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id);
    }

    // --- For the notification module's mail listeners (run as the area's system user) ---

    /**
     * A comment as a notification mail may quote it: the body only while the comment is published
     * and not deleted (a held, reported or rejected comment is never quoted, quality bar PR-1).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public java.util.Optional<FeedbackViews.CommentForMail> commentForMail(long commentId) {
        return comments.findById(commentId).map(c -> new FeedbackViews.CommentForMail(id(c.getId()), c.targetKind,
                c.targetId, c.planId, c.actionId, c.parentId, c.authorId, c.state,
                c.state == CommentState.PUBLISHED && !c.deleted ? c.body : null,
                c.responseOutcome, c.state == CommentState.PUBLISHED ? c.responseBody : null, c.moderationReason));
    }

    /** The area's safeguarding leads (account ids), who get every safeguarding alert. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> safeguardingLeads() {
        return members.findBySafeguardingLeadTrue().stream().map(m -> m.accountId).toList();
    }

    // --- Bounded reads for the home page (issue 11; added by home) -------------------------------

    /** Official answers to the caller's own comments given since {@code since}, newest first, at most {@code limit}. */
    @PreAuthorize("isAuthenticated()")
    public List<FeedbackViews.RecentAnswer> answersToMyComments(java.time.Instant since, int limit) {
        return comments.answeredForAuthor(rules.user().accountId(), since,
                        org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 100))).stream()
                .map(FeedbackService::recentAnswer).toList();
    }

    /**
     * A plan's "you said, we did" entries answered since {@code since} (any time when null), newest
     * first, at most {@code limit}; only those young people wrote when {@code youngPeopleOnly}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<FeedbackViews.RecentAnswer> recentAnswers(long planId, java.time.@Nullable Instant since,
            boolean youngPeopleOnly, int limit) {
        plans.getPlan(planId); // not found in another area
        return comments.answeredInPlanSince(planId, since == null ? java.time.Instant.EPOCH : since,
                        youngPeopleOnly ? Role.YOUNG_PERSON.name() : "",
                        org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 100))).stream()
                .map(FeedbackService::recentAnswer).toList();
    }

    private static FeedbackViews.RecentAnswer recentAnswer(Comment c) {
        return new FeedbackViews.RecentAnswer(id(c.getId()), c.actionId, authorLabel(c), excerpt(c.body),
                Objects.requireNonNull(c.responseOutcome), Objects.requireNonNull(c.responseBody),
                Objects.requireNonNull(c.respondedAt));
    }
}

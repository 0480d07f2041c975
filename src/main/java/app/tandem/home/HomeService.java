package app.tandem.home;

import app.tandem.access.CurrentUser;
import app.tandem.access.TandemUser;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.AwaitingResponse;
import app.tandem.feedback.FeedbackViews.RecentAnswer;
import app.tandem.feedback.FeedbackViews.ResponseTimes;
import app.tandem.home.HomeViews.ActionLine;
import app.tandem.home.HomeViews.AtAGlance;
import app.tandem.home.HomeViews.BoardReadiness;
import app.tandem.home.HomeViews.ForYou;
import app.tandem.home.HomeViews.MyWork;
import app.tandem.home.HomeViews.NewsItem;
import app.tandem.home.HomeViews.NewsKind;
import app.tandem.home.HomeViews.Tally;
import app.tandem.home.HomeViews.WhatsNew;
import app.tandem.home.HomeViews.WorkItem;
import app.tandem.home.HomeViews.WorkKind;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.PlanViews.StatusCount;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.ActionAttention;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.PeriodView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Each role's home page (issue 11), built from the other modules' public services. Every list is
 * bounded to {@link HomeViews#LIMIT} items; the page links to the full lists.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class HomeService {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Milestones due within this many days count as the officer's work. */
    static final int MILESTONE_WINDOW_DAYS = 14;

    /** Risks scored this or more (consequence x likelihood, before mitigation) count as the officer's work. */
    static final int HIGH_RISK = 15;

    private final PlanService plans;
    private final ProgressService progress;
    private final ReportService reports;
    private final FeedbackService feedback;
    private final HomeVisitRepository visits;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final app.tandem.survey.SurveyService surveys;

    HomeService(PlanService plans, ProgressService progress, ReportService reports, FeedbackService feedback,
            app.tandem.measure.MeasureService measures, HomeVisitRepository visits, CurrentUser currentUser, Clock clock,
            app.tandem.survey.SurveyService surveys) {
        this.surveys = surveys;
        this.measures = measures;
        this.plans = plans;
        this.progress = progress;
        this.reports = reports;
        this.feedback = feedback;
        this.visits = visits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What changed since the person last looked (the first time: the last 30 days), and answers
     * to their comments first. Loading it counts as a visit.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WhatsNew whatsNew() {
        TandemUser me = currentUser.require();
        Instant now = clock.instant();
        Optional<HomeVisit> existing = visits.findByAccountId(me.accountId());
        HomeVisit visit = existing.orElseGet(() -> new HomeVisit(me.accountId(), now));
        visit.looked(now);
        visits.save(visit);
        Instant since = visit.sinceAt;
        boolean first = existing.isEmpty();

        List<NewsItem> answers = new ArrayList<>();
        Long planId = mainPlan().map(PlanSummary::id).orElse(null);
        if (planId == null) {
            return new WhatsNew(null, since, first, List.of(), List.of(), List.of(), List.of(), openSurveys());
        }
        Map<Long, ActionRow> actions = actionsOf(planId);
        for (RecentAnswer a : feedback.answersToMyComments(since, HomeViews.LIMIT)) {
            answers.add(answerItem(NewsKind.ANSWER_TO_ME, a, actions));
        }
        List<NewsItem> changes = plans.recentStatusChanges(planId, since, HomeViews.LIMIT).stream()
                .map(c -> new NewsItem(NewsKind.STATUS_CHANGE, c.actionId(), c.actionRef(), c.actionTitle(),
                        c.statusDate(), c.fromLabel(), c.toLabel(), null, null, null))
                .toList();
        // New means written after the last visit (an update about today, seen this morning, is not new
        // again this afternoon) and about the recent past (not a back-filled entry from last year).
        LocalDate oldestDay = LocalDate.ofInstant(since, UK).minusDays(30);
        List<NewsItem> updates = progress.publicLines(planId).stream()
                .filter(u -> u.postedAt().isAfter(since) && !u.date().isBefore(oldestDay))
                .limit(HomeViews.LIMIT)
                .map(u -> {
                    ActionRow a = actions.get(u.actionId());
                    return new NewsItem(NewsKind.UPDATE, u.actionId(), a == null ? null : a.ref(),
                            a == null ? null : a.title(), u.date(), u.fromLabel(), u.toLabel(), null, u.narrative(), null);
                })
                .toList();
        List<Long> mine = answers.stream().map(NewsItem::actionId).toList();
        List<NewsItem> saidDid = feedback.recentAnswers(planId, since, false, HomeViews.LIMIT * 2).stream()
                .map(a -> answerItem(NewsKind.YOU_SAID_WE_DID, a, actions))
                .filter(i -> answers.stream().noneMatch(m -> sameAnswer(m, i)))
                .limit(HomeViews.LIMIT)
                .toList();
        return new WhatsNew(planId, since, first, List.copyOf(answers), changes, updates, saidDid, openSurveys());
    }

    /** Surveys open for this person's audience that they have not sent yet, closing soonest first. */
    private List<HomeViews.OpenSurvey> openSurveys() {
        return surveys.openWavesForMe().stream()
                .filter(w -> !w.answered())
                .sorted(java.util.Comparator.comparing(app.tandem.survey.SurveyViews.OpenWave::closes))
                .limit(HomeViews.LIMIT)
                .map(w -> new HomeViews.OpenSurvey(w.waveId(), w.title(), w.minutes(), w.closes(), w.easyRead(),
                        w.draftSaved(), "surveys/" + w.waveId() + "/take"))
                .toList();
    }

    /** "Mark all as seen": the next look shows only what happens from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllSeen() {
        TandemUser me = currentUser.require();
        Instant now = clock.instant();
        HomeVisit visit = visits.findByAccountId(me.accountId()).orElseGet(() -> new HomeVisit(me.accountId(), now));
        visit.seenAll(now);
        visits.save(visit);
    }

    /** A young person's page: what changed because of what young people said (surveys join with issue 5). */
    @PreAuthorize("isAuthenticated()")
    public ForYou forYou() {
        Long planId = mainPlan().map(PlanSummary::id).orElse(null);
        if (planId == null) {
            return new ForYou(null, List.of(), openSurveys());
        }
        Map<Long, ActionRow> actions = actionsOf(planId);
        return new ForYou(planId, feedback.recentAnswers(planId, null, true, 10).stream()
                .map(a -> answerItem(NewsKind.YOU_SAID_WE_DID, a, actions)).toList(), openSurveys());
    }

    /**
     * What the officer owes, most urgent first: comments awaiting their answer, updates due on
     * actions they lead, milestones overdue or due within 14 days, risks they own scored 15 or more.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public MyWork myWork() {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<WorkItem> all = new ArrayList<>();
        for (AwaitingResponse a : feedback.awaitingMyResponse()) {
            all.add(new WorkItem(WorkKind.ANSWER_DUE, a.actionId(), a.actionRef(), a.actionTitle(), a.excerpt(),
                    a.dueDate(), null, "actions/" + a.actionId() + "#comment-" + a.commentId()));
        }
        for (ActionAttention a : progress.myActions()) {
            if (a.verdict().updateDue()) {
                all.add(new WorkItem(WorkKind.UPDATE_DUE, a.actionId(), a.ref(), a.title(), null,
                        a.verdict().dueSince(), null, "actions/" + a.actionId() + "/update"));
            }
        }
        plans.myMilestonesDue(today.plusDays(MILESTONE_WINDOW_DAYS), HomeViews.LIMIT).forEach(m ->
                all.add(new WorkItem(WorkKind.MILESTONE_DUE, m.actionId(), m.actionRef(), m.actionTitle(),
                        m.description(), m.deadline(), null, "actions/" + m.actionId())));
        plans.myRisksScoredAtLeast(HIGH_RISK, HomeViews.LIMIT).forEach(r ->
                all.add(new WorkItem(WorkKind.HIGH_RISK, r.actionId(), r.actionRef(), r.actionTitle(),
                        r.description(), null, r.score(), "actions/" + r.actionId())));
        List<WorkItem> sorted = sortByUrgency(all, today);
        long overdue = all.stream().filter(w -> w.due() != null && w.due().isBefore(today)).count();
        return new MyWork(sorted.stream().limit(HomeViews.LIMIT).toList(), sorted.size(), overdue);
    }

    /**
     * Overdue work first, answers owed to families before the rest of it; then dated work, soonest
     * first; then work with no date; high risks last, highest score first.
     */
    static List<WorkItem> sortByUrgency(List<WorkItem> items, LocalDate today) {
        return items.stream().sorted(Comparator
                        .comparing((WorkItem w) -> w.due() == null ? (w.kind() == WorkKind.HIGH_RISK ? 3 : 2)
                                : w.due().isBefore(today) ? 0 : 1)
                        .thenComparing(w -> w.due() != null && w.due().isBefore(today) ? w.kind().ordinal() : 0)
                        .thenComparing(w -> w.due() == null ? today : w.due())
                        .thenComparing(w -> w.score() == null ? 0 : -w.score())
                        .thenComparing(WorkItem::actionId))
                .toList();
    }

    /**
     * Whether the plan is ready for the board: statuses this period against the last closed one,
     * actions with no update this period, answers owed to families and how quickly they come.
     */
    private final app.tandem.measure.MeasureService measures;

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<BoardReadiness> boardReadiness() {
        Optional<PlanSummary> plan = mainPlan();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        long planId = plan.get().id();
        LocalDate today = LocalDate.now(clock.withZone(UK));
        PeriodView period = currentPeriod(reports.periods(planId), today);
        List<Tally> tallies;
        long total;
        long complete;
        Long completeBefore = null;
        String previousName = null;
        if (period != null) {
            HighlightReport report = reports.highlightReport(planId, period.id());
            tallies = report.tallies().stream().map(t -> new Tally(t.status() == null ? null : t.status().label(),
                    t.status() != null && t.status().complete(), t.now(), t.previous())).toList();
            total = report.total();
            complete = ReportViews.completeNow(report);
            completeBefore = ReportViews.completeBefore(report);
            previousName = report.previous() == null ? null : report.previous().name();
        } else {
            tallies = tallies(plans.statusCounts(planId));
            total = plan.get().actionCount();
            complete = plan.get().completeCount();
        }
        LocalDate from = period == null ? today.minusDays(30) : period.startDate();
        List<ActionLine> stale = progress.attention(planId).stream()
                .filter(a -> a.status() == null || !a.status().complete())
                .filter(a -> a.lastUpdate() == null || a.lastUpdate().isBefore(from))
                .map(a -> new ActionLine(a.actionId(), a.ref(), a.title(), a.lastUpdate()))
                .toList();
        ResponseTimes all = feedback.responseTimes(null, null).stream().findFirst().orElse(null);
        // Officer-entered measures with no value at all for this period (any series counts as a value).
        var table = period == null ? null : measures.table(planId, period.id());
        List<String> missing = table == null ? List.of() : table.rows().stream()
                .filter(r -> r.source() == app.tandem.measure.MeasureRules.Source.OFFICER)
                .filter(r -> r.lines().stream().allMatch(l -> l.now() == null))
                .map(r -> r.ref() + ": " + r.indicator())
                .toList();
        return Optional.of(new BoardReadiness(planId, plan.get().title(), period == null ? null : period.id(),
                period == null ? null : period.name(), period == null ? null : period.startDate(), previousName,
                tallies, total, complete, completeBefore, stale.stream().limit(HomeViews.LIMIT).toList(), stale.size(),
                all == null ? 0 : all.awaiting(), all == null ? 0 : all.overdue(), all == null ? null : all.medianDays(),
                table == null ? 0 : table.rows().size(), missing));
    }

    /** The plan at a glance with the last closed report, for viewers and board members. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AtAGlance> atAGlance() {
        return mainPlan().map(p -> {
            PeriodView last = reports.periodsOfPlan(p.id()).stream().filter(PeriodView::closed)
                    .max(Comparator.comparing(PeriodView::endDate)).orElse(null);
            return new AtAGlance(p.id(), p.title(), p.actionCount(), p.completeCount(), tallies(plans.statusCounts(p.id())),
                    last == null ? null : last.id(), last == null ? null : last.name());
        });
    }

    // ---------------------------------------------------------------------------------------------

    /** The area's plan: the first of its plans (an area usually has one; the others are a click away). */
    private Optional<PlanSummary> mainPlan() {
        return plans.listPlans().stream().findFirst();
    }

    /** The open period that contains today, else the latest open one, else none. */
    static @Nullable PeriodView currentPeriod(List<PeriodView> periods, LocalDate today) {
        return periods.stream().filter(p -> !p.closed())
                .min(Comparator.comparing((PeriodView p) -> !(!today.isBefore(p.startDate()) && !today.isAfter(p.endDate())))
                        .thenComparing(PeriodView::endDate, Comparator.reverseOrder()))
                .orElse(null);
    }

    private Map<Long, ActionRow> actionsOf(long planId) {
        Map<Long, ActionRow> map = new HashMap<>();
        plans.findActions(planId, ActionFilter.none(), 0, 1000).forEach(a -> map.put(a.id(), a));
        return map;
    }

    private static List<Tally> tallies(List<StatusCount> counts) {
        return counts.stream().map(c -> new Tally(c.status() == null ? null : c.status().label(),
                c.status() != null && c.status().complete(), c.count(), null)).toList();
    }

    private static NewsItem answerItem(NewsKind kind, RecentAnswer a, Map<Long, ActionRow> actions) {
        ActionRow row = a.actionId() == null ? null : actions.get(a.actionId());
        return new NewsItem(kind, a.actionId(), row == null ? null : row.ref(), row == null ? null : row.title(),
                LocalDate.ofInstant(a.answeredAt(), UK), null, null, a.youSaid(), a.weDid(), a.outcome().name());
    }

    private static boolean sameAnswer(NewsItem a, NewsItem b) {
        return java.util.Objects.equals(a.said(), b.said()) && java.util.Objects.equals(a.text(), b.text())
                && java.util.Objects.equals(a.actionId(), b.actionId());
    }
}

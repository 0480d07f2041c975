package app.tandem.notification;

import app.tandem.access.SystemWork;
import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.access.PersonSummary;
import app.tandem.base.Tenancy;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.Answered;
import app.tandem.feedback.FeedbackViews.AwaitingResponse;
import app.tandem.plan.PlanService;
import app.tandem.plan.PrioritySponsor;
import app.tandem.plan.StatusChangeView;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.progress.Attention;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.ActionAttention;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per area: each officer with overdue milestones or updates due on actions they lead
 * gets one mail listing them (daily, or on Mondays if they chose weekly), and everyone with items
 * waiting for a digest gets one mail that collects them. Each is in the sent-log under the day, so
 * running the job twice on one day sends nothing more.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final DayOfWeek WEEKLY_ON = DayOfWeek.MONDAY;

    private final AccessService access;
    private final PlanService plans;
    private final ProgressService progress;
    private final FeedbackService feedback;
    private final People people;
    private final Preferences preferences;
    private final Postman postman;
    private final Postbox postbox;
    private final SentMailRepository sentLog;
    private final Clock clock;

    private final MailPreferenceRepository preferenceRows;
    private final app.tandem.survey.SurveyService surveys;

    DigestJob(AccessService access, PlanService plans, ProgressService progress, FeedbackService feedback,
            People people, Preferences preferences, Postman postman, Postbox postbox, SentMailRepository sentLog,
            MailPreferenceRepository preferenceRows, Clock clock, app.tandem.survey.SurveyService surveys) {
        this.surveys = surveys;
        this.feedback = feedback;
        this.preferenceRows = preferenceRows;
        this.access = access;
        this.plans = plans;
        this.progress = progress;
        this.people = people;
        this.preferences = preferences;
        this.postman = postman;
        this.postbox = postbox;
        this.sentLog = sentLog;
        this.clock = clock;
    }

    /** Once a day on one node only (ShedLock); the sent-log would stop a second run's mail anyway. */
    @Scheduled(cron = "${tandem.mail.daily-digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification.daily-digest", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void daily() {
        sendDaily(LocalDate.now(clock));
    }

    /** The day's digests in every area; a failure in one area does not stop the others. */
    void sendDaily(LocalDate today) {
        List<AreaSummary> areas = SystemWork.inArea(Tenancy.ALL_AREAS, access::allAreas);
        for (AreaSummary area : areas) {
            try {
                SystemWork.inArea(area.id(), () -> {
                    sendAttention(area.id(), today);
                    sendResponseDue(area.id(), today);
                    sendWaiting(area.id(), today);
                    if (today.getDayOfWeek() == WEEKLY_ON) {
                        sendSponsorDigests(area.id(), today);
                    }
                    if (today.getDayOfMonth() == 1) {
                        sendPlanChanges(area.id(), today);
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Daily digest for area {} failed; the next run tries again", area.id(), e);
            }
        }
    }

    private boolean dueToday(Frequency f, LocalDate today) {
        return switch (f) {
            case OFF -> false;
            case WEEKLY -> today.getDayOfWeek() == WEEKLY_ON;
            case MONTHLY -> today.getDayOfMonth() == 1;
            case IMMEDIATELY, DAILY -> true;
        };
    }

    private void sendAttention(long areaId, LocalDate today) {
        Map<Long, List<Letter.Item>> byOfficer = new LinkedHashMap<>();
        for (PlanSummary plan : plans.listPlans()) {
            for (ActionAttention a : progress.attention(plan.id())) {
                if (!a.verdict().needsAttention() && !a.verdict().updateDue()) {
                    continue;
                }
                ActionDetail action = plans.getAction(a.actionId());
                Letter.Item item = new Letter.Item(MailListeners.actionName(action) + ": " + reasons(a.verdict()),
                        postbox.url("actions/" + action.id()));
                for (PersonRef officer : action.leadOfficers()) {
                    byOfficer.computeIfAbsent(officer.id(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        if (byOfficer.isEmpty()) {
            return;
        }
        Map<Long, PersonSummary> everyone = people.byId();
        byOfficer.forEach((officerId, items) -> {
            PersonSummary officer = everyone.get(officerId);
            if (officer == null || !dueToday(preferences.frequency(officerId, MailKind.ATTENTION), today)) {
                return;
            }
            Letter letter = new Letter("Your actions: " + items.size() + " need you (" + DAY.format(today) + ")",
                    List.of(items.size() == 1 ? "One action you lead needs you." : items.size()
                            + " actions you lead need you.", "An update is due, or a milestone or end date has passed."),
                    null, List.copyOf(items), "See all your actions", postbox.url("my-actions"));
            postman.record(areaId, People.recipient(officer), MailKind.ATTENTION, "attention:" + today, letter,
                    SentMail.Status.SENT, MailKind.ATTENTION, () -> {});
        });
    }

    private static String reasons(Attention.Verdict verdict) {
        List<String> words = new ArrayList<>();
        for (Attention.Reason r : verdict.reasons()) {
            words.add(switch (r.kind()) {
                case END_DATE_PASSED -> "end date passed";
                case MILESTONES_OVERDUE -> r.count() == 1 ? "1 milestone overdue" : r.count() + " milestones overdue";
                case UPDATE_DUE -> "update due";
            });
        }
        return String.join(", ", words);
    }

    private void sendWaiting(long areaId, LocalDate today) {
        java.time.Instant endOfDay = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, List<SentMail>> byPerson = sentLog
                .findByStatusAndCreatedAtBeforeOrderByCreatedAt(SentMail.Status.WAITING_FOR_DIGEST, endOfDay).stream()
                .collect(Collectors.groupingBy(m -> m.recipientId, LinkedHashMap::new, Collectors.toList()));
        if (byPerson.isEmpty()) {
            return;
        }
        Map<Long, PersonSummary> everyone = people.byId();
        byPerson.forEach((personId, waiting) -> {
            PersonSummary person = everyone.get(personId);
            List<SentMail> now = waiting.stream()
                    .filter(m -> dueToday(preferences.frequency(personId, m.kind), today)).toList();
            if (person == null || now.isEmpty()) {
                return;
            }
            Letter letter = new Letter("Tandem: " + now.size() + (now.size() == 1 ? " thing" : " things") + " for you",
                    List.of("Here is what happened in Tandem that you asked to hear about together."), null,
                    now.stream().map(m -> new Letter.Item(m.subject, m.link == null ? postbox.url("") : m.link)).toList(),
                    "Open Tandem", postbox.url(""));
            List<Long> ids = now.stream().map(m -> m.getId()).toList();
            postman.record(areaId, People.recipient(person), MailKind.DIGEST, "digest:" + today, letter,
                    SentMail.Status.SENT, MailKind.DIGEST, () -> sentLog.findAllById(ids)
                            .forEach(m -> m.status = SentMail.Status.IN_DIGEST));
        });
    }

    /** How many working days (Monday to Friday) from the day after {@code today} up to {@code due}. */
    static long workingDaysUntil(LocalDate today, LocalDate due) {
        long n = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /** Which state a waiting comment is in for its officers; null: not yet worth a mail. */
    static String responseState(LocalDate today, LocalDate due) {
        if (due.isBefore(today)) {
            return "OVERDUE";
        }
        return workingDaysUntil(today, due) <= 2 ? "NEARING" : null;
    }

    /**
     * Comments waiting for an answer that is due within 2 working days, or overdue: each lead
     * officer hears once per comment and state, at once or in their digest as they chose (the
     * digest goes out in this same run).
     */
    private void sendResponseDue(long areaId, LocalDate today) {
        Map<Long, PersonSummary> everyone = people.byId();
        Map<Long, ActionDetail> actions = new LinkedHashMap<>();
        for (AwaitingResponse c : feedback.awaitingMyResponse()) {
            String state = responseState(today, c.dueDate());
            if (state == null) {
                continue;
            }
            ActionDetail action = actions.computeIfAbsent(c.actionId(), plans::getAction);
            boolean overdue = state.equals("OVERDUE");
            Letter letter = Letter.of((overdue ? "Answer overdue: " : "Answer due soon: ") + MailListeners.actionName(action),
                    List.of(overdue ? "A comment on an action you lead was due an answer on " + DAY.format(c.dueDate())
                                    + ". The person who wrote it is still waiting."
                                    : "A comment on an action you lead needs an answer by " + DAY.format(c.dueDate()) + ".",
                            "Please answer it in Tandem. Families see your answer on the action page."),
                    c.excerpt(), "Read and answer the comment", postbox.url("actions/" + action.id()));
            for (PersonRef officer : action.leadOfficers()) {
                PersonSummary p = everyone.get(officer.id());
                if (p == null) {
                    continue;
                }
                try {
                    postman.deliver(areaId, People.recipient(p), MailKind.RESPONSE_DUE,
                            "response-due:" + c.commentId() + ":" + state, letter);
                } catch (RuntimeException e) {
                    log.warn("Response-due mail for comment {} failed; tomorrow's run tries again", c.commentId(), e);
                }
            }
        }
    }

    /**
     * On Mondays, per plan, the overdue milestones and the comments awaiting an answer, grouped by
     * priority. A priority whose sponsor is linked to an account goes to that sponsor (one letter per
     * sponsor, holding only their priorities); the rest go to the area's admins, who pass them on.
     * Each person's SPONSOR preference is respected; a sponsor who turned it off gets nothing and their
     * priorities are not sent to anyone else either (the admins can see them on the plan).
     */
    private void sendSponsorDigests(long areaId, LocalDate today) {
        Map<Long, PersonSummary> everyone = people.byId();
        List<PersonSummary> admins = everyone.values().stream()
                .filter(p -> p.role() == app.tandem.access.Role.ADMIN && p.enabled())
                .filter(p -> preferences.frequency(p.id(), MailKind.SPONSOR) != Frequency.OFF).toList();
        List<AwaitingResponse> awaiting = feedback.awaitingMyResponse();
        for (PlanSummary plan : plans.listPlans()) {
            Map<Long, PrioritySponsor> sponsors = new LinkedHashMap<>();
            plans.prioritySponsors(plan.id()).forEach(s -> sponsors.put(s.priorityId(), s));
            // priority id -> its lines, in plan order
            Map<Long, List<Letter.Item>> byPriority = new java.util.HashMap<>();
            Map<Long, ActionDetail> actions = new LinkedHashMap<>();
            for (ActionAttention a : progress.attention(plan.id())) {
                long overdue = a.verdict().reasons().stream()
                        .filter(r -> r.kind() == Attention.ReasonKind.MILESTONES_OVERDUE).mapToLong(Attention.Reason::count).sum();
                if (overdue == 0) {
                    continue;
                }
                ActionDetail action = actions.computeIfAbsent(a.actionId(), plans::getAction);
                byPriority.computeIfAbsent(action.priorityId(), k -> new ArrayList<>()).add(new Letter.Item(
                        MailListeners.actionName(action) + ": " + (overdue == 1 ? "1 milestone overdue" : overdue + " milestones overdue"),
                        postbox.url("actions/" + action.id())));
            }
            for (AwaitingResponse c : awaiting) {
                ActionDetail action = actions.computeIfAbsent(c.actionId(), plans::getAction);
                if (action.planId() != plan.id()) {
                    continue;
                }
                byPriority.computeIfAbsent(action.priorityId(), k -> new ArrayList<>()).add(new Letter.Item(
                        MailListeners.actionName(action) + ": a comment waits for an answer, due " + DAY.format(c.dueDate()),
                        postbox.url("actions/" + action.id())));
            }
            if (byPriority.isEmpty()) {
                continue;
            }
            Map<Long, List<Letter.Item>> perSponsor = new LinkedHashMap<>();
            List<Letter.Item> forAdmins = new ArrayList<>();
            for (Map.Entry<Long, PrioritySponsor> entry : sponsors.entrySet()) {
                List<Letter.Item> lines = byPriority.get(entry.getKey());
                if (lines == null) {
                    continue;
                }
                PrioritySponsor sponsor = entry.getValue();
                PersonSummary person = sponsor.accountId() == null ? null : everyone.get(sponsor.accountId());
                String heading = "Priority " + sponsor.number() + " " + sponsor.title();
                List<Letter.Item> target = person != null && person.enabled()
                        ? perSponsor.computeIfAbsent(person.id(), k -> new ArrayList<>()) : forAdmins;
                lines.forEach(l -> target.add(new Letter.Item(heading + " \u2013 " + l.text(), l.link())));
            }
            perSponsor.forEach((accountId, items) -> {
                PersonSummary sponsor = everyone.get(accountId);
                if (preferences.frequency(accountId, MailKind.SPONSOR) == Frequency.OFF) {
                    return;
                }
                Letter letter = new Letter("Weekly: overdue milestones and waiting answers in your priorities",
                        List.of("What is overdue or waiting for an answer in the priorities you sponsor in " + plan.title() + "."),
                        null, items, "Open the plan", postbox.url("plans/" + plan.id()));
                send(areaId, sponsor, "sponsor:" + plan.id() + ":" + today + ":sponsor", letter);
            });
            if (forAdmins.isEmpty()) {
                continue;
            }
            Letter letter = new Letter("Weekly: overdue milestones and waiting answers in " + plan.title(),
                    List.of("For each priority's sponsor: what is overdue or waiting for an answer in " + plan.title() + ".",
                            "These priorities have no sponsor's account linked, so please pass each priority's lines to its sponsor."),
                    null, forAdmins, "Open the plan", postbox.url("plans/" + plan.id()));
            for (PersonSummary admin : admins) {
                send(areaId, admin, "sponsor:" + plan.id() + ":" + today, letter);
            }
        }
    }

    private void send(long areaId, PersonSummary to, String key, Letter letter) {
        try {
            postman.record(areaId, People.recipient(to), MailKind.SPONSOR, key, letter, SentMail.Status.SENT,
                    MailKind.SPONSOR, () -> {});
        } catch (RuntimeException e) {
            log.warn("Sponsor digest {} to account {} failed", key, to.id(), e);
        }
    }

    /** How many actions per plan the monthly digest reads the status history of. */
    static final int PLAN_CHANGES_ACTIONS = 300;

    /**
     * On the 1st, for each person who opted in: what changed in each plan last month, in plain
     * words (statuses that moved, answers given: the "you said, we did" entries). Once per month
     * per person (the sent-log key is the month).
     */
    private void sendPlanChanges(long areaId, LocalDate today) {
        List<Long> optedIn = preferenceRows.findByKindAndFrequency(MailKind.PLAN_CHANGES, Frequency.MONTHLY).stream()
                .map(p -> p.accountId).toList();
        Map<Long, PersonSummary> everyone = people.byId();
        List<PersonSummary> readers = optedIn.stream().map(everyone::get).filter(java.util.Objects::nonNull).toList();
        if (readers.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        Letter changes = planChanges(month);
        Map<app.tandem.survey.Audience, Letter> letters = new java.util.EnumMap<>(app.tandem.survey.Audience.class);
        for (PersonSummary reader : readers) {
            app.tandem.survey.Audience audience = reader.role() == app.tandem.access.Role.YOUNG_PERSON
                    ? app.tandem.survey.Audience.YOUNG_PEOPLE
                    : reader.role() == app.tandem.access.Role.FORUM_MEMBER ? app.tandem.survey.Audience.PARENTS_CARERS
                    : app.tandem.survey.Audience.PRACTITIONERS;
            Letter letter = letters.computeIfAbsent(audience, a -> withOpenSurveys(changes, a));
            try {
                postman.record(areaId, People.recipient(reader), MailKind.PLAN_CHANGES, "plan-changes:" + month, letter,
                        SentMail.Status.SENT, MailKind.PLAN_CHANGES, () -> {});
            } catch (RuntimeException e) {
                log.warn("Monthly digest for account {} failed", reader.id(), e);
            }
        }
    }

    /** The month's changes, then the surveys open now for this audience ("new surveys" in issue 6). */
    private Letter withOpenSurveys(Letter changes, app.tandem.survey.Audience audience) {
        List<Letter.Item> surveyItems = surveys.openWavesFor(audience).stream()
                .map(w -> new Letter.Item("A survey for you: " + w.title() + ", open until "
                        + w.closes().format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK)),
                        postbox.url("surveys/" + w.waveId() + "/take")))
                .toList();
        if (surveyItems.isEmpty()) {
            return changes;
        }
        List<Letter.Item> items = new ArrayList<>(changes.items());
        items.addAll(surveyItems);
        List<String> words = new ArrayList<>(changes.paragraphs());
        words.add(surveyItems.size() == 1 ? "There is also a survey open for you: your answers count."
                : "There are also " + surveyItems.size() + " surveys open for you: your answers count.");
        return new Letter(changes.subject(), words, changes.quote(), items, changes.linkText(), changes.link());
    }

    Letter planChanges(YearMonth month) {
        ZoneId zone = ZoneId.of("Europe/London");
        java.time.Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        java.time.Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Letter.Item> items = new ArrayList<>();
        for (PlanSummary plan : plans.listPlans()) {
            for (var row : plans.findActions(plan.id(), new app.tandem.plan.ActionFilter(java.util.Set.of(), false,
                    null, null, null, false, null), 0, PLAN_CHANGES_ACTIONS)) {
                for (StatusChangeView change : plans.statusHistory(row.id())) {
                    if (change.changedAt().isBefore(from) || !change.changedAt().isBefore(to) || change.toLabel() == null) {
                        continue;
                    }
                    String name = row.ref() == null ? "\u201c" + row.title() + "\u201d" : row.ref() + " \u201c" + row.title() + "\u201d";
                    items.add(new Letter.Item(name + " is now: " + change.toLabel()
                            + (change.fromLabel() == null ? "" : " (it was: " + change.fromLabel() + ")"),
                            postbox.url("actions/" + row.id())));
                }
            }
            for (var priority : feedback.youSaidWeDid(plan.id()).priorities()) {
                for (Answered a : priority.answers()) {
                    if (YearMonth.from(a.answeredOn()).equals(month)) {
                        items.add(new Letter.Item("You said: \u201c" + excerpt(a.youSaid()) + "\u201d We did: "
                                + excerpt(a.weDid()), postbox.url("plans/" + plan.id() + "/you-said-we-did")));
                    }
                }
            }
        }
        String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        List<String> words = items.isEmpty()
                ? List.of("Nothing in the plan changed in " + monthName + ".")
                : List.of("Here is what changed in the plan in " + monthName + ".",
                        "Each line links to the page where you can read more.");
        return new Letter("What changed in " + monthName, words, null, items, "Open the plan", postbox.url(""));
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}

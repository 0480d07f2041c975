package app.tandem.notification;

import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.PersonRef;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.progress.Attention;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.ActionAttention;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final People people;
    private final Preferences preferences;
    private final Postman postman;
    private final Postbox postbox;
    private final SentMailRepository sentLog;
    private final Clock clock;

    DigestJob(AccessService access, PlanService plans, ProgressService progress, People people, Preferences preferences,
            Postman postman, Postbox postbox, SentMailRepository sentLog, Clock clock) {
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

    @Scheduled(cron = "${tandem.mail.daily-digest-cron:0 0 7 * * *}")
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
                    sendWaiting(area.id(), today);
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
}

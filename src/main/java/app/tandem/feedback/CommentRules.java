package app.tandem.feedback;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Rules shared by posting, editing and moderating: screening, publishing, due dates. */
@Component
class CommentRules {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final SettingRepository settings;
    private final BankHolidayRepository holidays;
    private final DiagnosisTermRepository terms;
    private final SafeguardingAlertRepository alerts;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommentRules(SettingRepository settings, BankHolidayRepository holidays, DiagnosisTermRepository terms,
            SafeguardingAlertRepository alerts, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.holidays = holidays;
        this.terms = terms;
        this.alerts = alerts;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    int responseWorkingDays() {
        return settings.findFirstBy().map(s -> s.responseWorkingDays).orElse(Setting.DEFAULT_RESPONSE_DAYS);
    }

    WorkingDays workingDays() {
        Set<LocalDate> own = holidays.findAll().stream().map(h -> h.holiday).collect(Collectors.toSet());
        return new WorkingDays(own.isEmpty() ? WorkingDays.ENGLAND_AND_WALES : own);
    }

    PersonalDataDetector detector() {
        List<String> own = terms.findAllByOrderByTermAsc().stream().map(t -> t.term).toList();
        return new PersonalDataDetector(own.isEmpty() ? PersonalDataDetector.DEFAULT_DIAGNOSIS_TERMS : own);
    }

    /**
     * Screens the text: sets the state (held when it looks like personal data, when it suggests a risk
     * of harm, or always for a young person) and raises a safeguarding alert where needed.
     */
    void screen(Comment c, boolean youngPerson) {
        Set<String> flags = new LinkedHashSet<>();
        detector().findings(c.body).forEach(k -> flags.add(k.name()));
        var harm = SafeguardingDetector.match(c.body);
        harm.ifPresent(h -> flags.add("SAFEGUARDING"));
        if (youngPerson) {
            flags.add("YOUNG_PERSON");
        }
        c.flags = flags.isEmpty() ? null : String.join(",", flags);
        if (flags.isEmpty()) {
            publish(c);
        } else {
            c.state = CommentState.HELD;
        }
        if (harm.isPresent()) {
            SafeguardingAlert alert = alerts.saveAndFlush(new SafeguardingAlert(id(c.getId()), harm.get(), now()));
            events.publishEvent(new SafeguardingAlertRaised(areaOf(c), id(alert.getId()), id(c.getId())));
        }
    }

    /** Makes the comment visible to everyone, starts its answer clock, and tells the module. */
    void publish(Comment c) {
        boolean first = c.publishedAt == null;
        c.state = CommentState.PUBLISHED;
        if (first) {
            c.publishedAt = now();
            if (c.isTopLevel()) {
                c.dueDate = workingDays().plus(LocalDate.ofInstant(c.publishedAt, UK), responseWorkingDays());
            }
        }
        if (first && c.getId() != null) {
            events.publishEvent(new CommentPosted(areaOf(c), c.getId(), c.planId, c.actionId, c.authorId));
        }
    }

    TandemUser user() {
        return currentUser.require();
    }

    static boolean isModerator(TandemUser u) {
        return u.hasRole(Role.ADMIN);
    }

    long areaOf(Comment c) {
        return c.getAreaId() != null ? c.getAreaId() : user().areaId();
    }

    static long id(Long id) {
        return Objects.requireNonNull(id);
    }
}

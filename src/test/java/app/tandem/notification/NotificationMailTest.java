package app.tandem.notification;

import static app.tandem.notification.Mails.subject;
import static app.tandem.notification.Mails.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.Tenancy;
import app.tandem.feedback.CommentPosted;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.TargetKind;
import app.tandem.notification.NotificationViews.OutgoingMail;
import app.tandem.notification.NotificationViews.UnsubscribeOutcome;
import app.tandem.plan.PlanService;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Mail end to end through a real SMTP server (the app's embedded GreenMail, on a free port in
 * tests), the outbox and the sent-log, in the shared test context. Every test marks its comments
 * with a unique word and counts only the mails carrying it: other tests' mail shares the server.
 */
class NotificationMailTest extends TandemSpringTest {

    @Autowired
    EmbeddedMailServer smtp;

    @Autowired
    FeedbackService feedback;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailListeners listeners;

    @Autowired
    DigestJob digests;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    MailPreferenceRepository preferenceRows;

    @Autowired
    JdbcTemplate jdbc;

    long actionId;
    TandemUser officer;

    @BeforeEach
    void findAnActionTheOfficerLeads() {
        smtp.start();
        officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
    }

    @Test
    void a_new_comment_mails_the_lead_officer_once_with_a_link_and_the_words_as_text() throws Exception {
        String mark = unique();
        Posted posted = post("<script>alert('x')</script> <b>Bold</b> " + mark);

        MimeMessage mail = awaitOne(NORTHMERE_OFFICER, mark);

        assertThat(mail.getSubject()).startsWith("New comment on");
        String plain = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(plain).contains("<script>alert('x')</script>").contains("/actions/" + actionId);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Bold")
                .contains("&lt;script&gt;").contains("href=\"http://localhost:8080/actions/" + actionId + "\"");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/unsubscribe?t=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        // The author is not told about their own comment; nobody else is mailed about it either.
        Thread.sleep(300);
        assertThat(mailsWith(mark)).hasSize(1);
        assertThat(posted.commentId()).isPositive();
    }

    @Test
    void with_the_smtp_server_down_the_mail_waits_in_the_outbox_and_goes_exactly_once_when_it_is_back() throws Exception {
        String mark = unique();
        smtp.stop();
        try {
            Posted posted = post("Down then up " + mark);
            awaitTrue(() -> failedPublications(posted.commentId()) == 1, "the publication to fail");
            assertThat(incompletePublications(posted.commentId())).isOne();
            assertThat(sentLogRows(posted.commentId())).as("the sent-log row rolled back").isZero();

            smtp.start();
            assertThat(mailsWith(mark)).isEmpty();
            incomplete.resubmitIncompletePublications(p -> isFor(p.getEvent(), posted.commentId()));
            awaitOne(NORTHMERE_OFFICER, mark);
            awaitTrue(() -> incompletePublications(posted.commentId()) == 0, "the publication to complete");

            // Resubmitting again, or the same event delivered twice, sends nothing more (the sent-log).
            incomplete.resubmitIncompletePublications(p -> isFor(p.getEvent(), posted.commentId()));
            listeners.on(new CommentPosted(officer.areaId(), posted.commentId(), plans(), actionId,
                    accountOf(NORTHMERE_FORUM_MEMBER)));
            Thread.sleep(500);
            assertThat(mailsWith(mark)).hasSize(1);
            assertThat(sentLogRows(posted.commentId())).isOne();
        } finally {
            smtp.start();
        }
    }

    @Test
    void the_unsubscribe_link_turns_that_kind_off_without_signing_in_and_the_next_comment_sends_nothing()
            throws Exception {
        String first = unique();
        post("Before unsubscribing " + first);
        MimeMessage mail = awaitOne(NORTHMERE_OFFICER, first);
        String link = mail.getHeader("List-Unsubscribe")[0];
        String token = link.substring(link.indexOf("t=") + 2, link.length() - 1);
        try {
            logout();
            assertThat(notifications.unsubscribe(token).outcome()).isEqualTo(UnsubscribeOutcome.TURNED_OFF);

            String second = unique();
            Posted posted = post("After unsubscribing " + second);
            awaitTrue(() -> status(posted.commentId()).equals("TURNED_OFF"), "the delivery to be noted as off");
            Thread.sleep(300);
            assertThat(mailsWith(second)).isEmpty();
            assertThat(as(NORTHMERE_OFFICER, () -> notifications.mySettings())).anySatisfy(s -> {
                assertThat(s.kind()).isEqualTo(MailKind.NEW_COMMENT);
                assertThat(s.frequency()).isEqualTo(Frequency.OFF);
            });
        } finally {
            as(NORTHMERE_OFFICER, () -> notifications.setMySetting(MailKind.NEW_COMMENT, Frequency.IMMEDIATELY));
        }
    }

    @Test
    void a_changed_or_made_up_token_is_refused_with_one_neutral_answer() {
        String token = new UnsubscribeTokens("test-secret-not-for-production", "/tmp", java.time.Clock.systemUTC())
                .tokenFor(officer.accountId(), officer.areaId(), MailKind.NEW_COMMENT);
        String otherKind = new UnsubscribeTokens("test-secret-not-for-production", "/tmp", java.time.Clock.systemUTC())
                .tokenFor(officer.accountId(), officer.areaId(), MailKind.MODERATION);
        String tampered = otherKind.substring(0, otherKind.indexOf('.')) + token.substring(token.indexOf('.'));
        String foreign = new UnsubscribeTokens("another-secret", "/tmp", java.time.Clock.systemUTC())
                .tokenFor(officer.accountId(), officer.areaId(), MailKind.NEW_COMMENT);
        String expired = new UnsubscribeTokens("test-secret-not-for-production", "/tmp",
                java.time.Clock.fixed(java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .tokenFor(officer.accountId(), officer.areaId(), MailKind.NEW_COMMENT);

        for (String bad : List.of(tampered, foreign, expired, "", "x.y", token + "x")) {
            assertThat(notifications.unsubscribe(bad).outcome()).as(bad).isEqualTo(UnsubscribeOutcome.INVALID);
        }
        assertThat(as(NORTHMERE_OFFICER, () -> notifications.mySettings()))
                .allSatisfy(s -> assertThat(s.frequency()).isNotEqualTo(Frequency.OFF));
    }

    @Test
    void safeguarding_alerts_cannot_be_turned_off_and_reach_the_lead_even_if_a_row_says_off() throws Exception {
        long admin = accountOf(NORTHMERE_ADMIN);
        assertThatThrownBy(() -> as(NORTHMERE_ADMIN,
                () -> notifications.setMySetting(MailKind.SAFEGUARDING, Frequency.OFF)))
                .isInstanceOf(InvalidInputException.class);
        Tenancy.callAs(officer.areaId(), () -> preferenceRows.save(new MailPreference(admin, MailKind.SAFEGUARDING,
                Frequency.OFF)));
        try {
            long before = safeguardingMails();
            as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                    "I am not safe at home " + unique(), false, false, UUID.randomUUID().toString())));
            awaitTrue(() -> safeguardingMails() == before + 1, "the safeguarding alert mail");
        } finally {
            Tenancy.callAs(officer.areaId(), () -> {
                preferenceRows.findByAccountIdAndKind(admin, MailKind.SAFEGUARDING).ifPresent(preferenceRows::delete);
                return null;
            });
        }
    }

    @Test
    void the_daily_digest_goes_once_a_day_to_each_officer_with_actions_needing_them() throws Exception {
        LocalDate day = LocalDate.of(2031, 3, 4);
        String subjectDay = "(Tuesday 4 March)";
        digests.sendDaily(day);
        awaitTrue(() -> digestsOn(subjectDay, NORTHMERE_OFFICER) == 1, "the officer's digest");
        digests.sendDaily(day);
        Thread.sleep(300);
        assertThat(digestsOn(subjectDay, NORTHMERE_OFFICER)).isOne();
        MimeMessage digest = smtp.received().stream().filter(m -> subject(m).contains(subjectDay))
                .filter(to(NORTHMERE_OFFICER)).findFirst().orElseThrow();
        assertThat(part(digest, "text/plain")).contains("/actions/").contains("/my-actions");

        digests.sendDaily(day.plusDays(1));
        awaitTrue(() -> digestsOn("(Wednesday 5 March)", NORTHMERE_OFFICER) == 1, "the next day's digest");
    }

    @Test
    void outgoing_mail_shows_an_admin_their_own_areas_mail_only() throws Exception {
        String mark = unique();
        post("For the outgoing page " + mark);
        awaitOne(NORTHMERE_OFFICER, mark);
        digests.sendDaily(LocalDate.of(2031, 6, 2));

        List<OutgoingMail> northmere = as(NORTHMERE_ADMIN, () -> notifications.outgoingMail());
        List<OutgoingMail> eastbrook = as(EASTBROOK_ADMIN, () -> notifications.outgoingMail());

        assertThat(northmere).isNotEmpty().allSatisfy(m -> assertThat(m.to()).endsWith("@northmere.test"));
        assertThat(northmere).anySatisfy(m -> assertThat(m.subject()).startsWith("New comment on"));
        assertThat(eastbrook).allSatisfy(m -> assertThat(m.to()).endsWith("@eastbrook.test"));
        assertThatThrownBy(() -> as(NORTHMERE_OFFICER, () -> notifications.outgoingMail()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    // ---------------------------------------------------------------------------------------------

    private Posted post(String body) {
        return as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null, body,
                false, false, UUID.randomUUID().toString())));
    }

    private long plans() {
        return as(NORTHMERE_OFFICER, () -> plans.getAction(actionId).planId());
    }

    private long accountOf(String email) {
        return ((TandemUser) userDetailsService.loadUserByUsername(email)).accountId();
    }

    private static String unique() {
        return "mark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static boolean isFor(Object event, long commentId) {
        return event instanceof CommentPosted p && p.commentId() == commentId;
    }

    private long failedPublications(long commentId) {
        return publications(commentId, "completion_date is null and status = 'FAILED'");
    }

    private long incompletePublications(long commentId) {
        return publications(commentId, "completion_date is null");
    }

    private long publications(long commentId, String condition) {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'%MailListeners%' and event_type like '%CommentPosted' and serialized_event like ? and " + condition,
                Long.class, "%\"commentId\":" + commentId + ",%"));
    }

    private long sentLogRows(long commentId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from notification_mail where dedup_key = ?", Long.class, "comment-posted:" + commentId));
    }

    private String status(long commentId) {
        List<String> s = jdbc.queryForList("select status from notification_mail where dedup_key = ?", String.class,
                "comment-posted:" + commentId);
        return s.isEmpty() ? "" : s.getFirst();
    }

    private long safeguardingMails() {
        return smtp.received().stream().filter(m -> subject(m).startsWith("Safeguarding alert")).filter(to(NORTHMERE_ADMIN))
                .count();
    }

    private long digestsOn(String subjectDay, String email) {
        return smtp.received().stream().filter(m -> subject(m).contains(subjectDay)).filter(to(email)).count();
    }

    private List<MimeMessage> mailsWith(String mark) {
        return smtp.received().stream().filter(m -> text(m).contains(mark)).toList();
    }

    private MimeMessage awaitOne(String email, String mark) throws InterruptedException {
        awaitTrue(() -> mailsWith(mark).stream().anyMatch(to(email)), "a mail to " + email);
        List<MimeMessage> found = mailsWith(mark).stream().filter(to(email)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Mails.awaitTrue(condition, what, Duration.ofSeconds(30));
    }

    private static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    /** The first part of this type, decoded. */
    static String part(Part p, String type) {
        try {
            if (p.isMimeType(type)) {
                return String.valueOf(p.getContent());
            }
            if (p.getContent() instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart child = multi.getBodyPart(i);
                    String found = part(child, type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package app.tandem.notification;

import static app.tandem.notification.Mails.subject;
import static app.tandem.notification.Mails.to;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.feedback.CommentPosted;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.TargetKind;
import app.tandem.plan.PlanService;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The digests added after the first cut (answers nearly due or overdue, the sponsors' weekly, the
 * parents' monthly), the digest collector, the retry back-off, a restart with pending mail, a hung
 * SMTP server and the glossary in mail. Shares the test context and SMTP server with {@link
 * NotificationMailTest}; every test counts only the mail it can tell apart.
 */
class NotificationDigestTest extends TandemSpringTest {

    @Autowired
    EmbeddedMailServer smtp;

    @Autowired
    FeedbackService feedback;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    @Autowired
    DigestJob digests;

    @Autowired
    OutboxRetry retry;

    @Autowired
    Postbox postbox;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.tandem.access.AccessService access;

    long actionId;
    TandemUser officer;

    @BeforeEach
    void findAnActionTheOfficerLeads() {
        smtp.start();
        officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
    }

    // -- answers nearly due or overdue ---------------------------------------------------------------

    @Test
    void working_days_skip_weekends_and_the_states_are_nearing_then_overdue() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(DigestJob.workingDaysUntil(friday, friday.plusDays(4))).isEqualTo(2); // Tuesday: Monday, Tuesday
        assertThat(DigestJob.responseState(friday, friday.plusDays(4))).isEqualTo("NEARING");
        assertThat(DigestJob.responseState(friday, friday.plusDays(5))).isNull(); // Wednesday: 3 working days
        assertThat(DigestJob.responseState(friday, friday)).isEqualTo("NEARING");
        assertThat(DigestJob.responseState(friday, friday.minusDays(1))).isEqualTo("OVERDUE");
    }

    @Test
    void a_comment_nearing_then_past_its_response_date_reaches_the_officer_once_per_state() throws Exception {
        Posted posted = post("Please answer soon " + unique());
        assertThat(posted.dueDate()).isNotNull();
        LocalDate due = Objects.requireNonNull(posted.dueDate());

        digests.sendDaily(due.minusDays(1));
        digests.sendDaily(due.minusDays(1));
        assertThat(responseDue(posted.commentId(), "NEARING")).containsExactly("IN_DIGEST");
        assertThat(responseDue(posted.commentId(), "OVERDUE")).isEmpty();

        digests.sendDaily(due.plusDays(1));
        digests.sendDaily(due.plusDays(2));
        assertThat(responseDue(posted.commentId(), "NEARING")).hasSize(1);
        assertThat(responseDue(posted.commentId(), "OVERDUE")).containsExactly("IN_DIGEST");
        // The officer's daily digest carried them (the officer's default for this kind is daily).
        awaitTrue(() -> smtp.received().stream().filter(to(NORTHMERE_OFFICER))
                .anyMatch(m -> NotificationMailTest.part(m, "text/plain").contains("Answer overdue")), "the digest");
    }

    @Test
    void an_officer_who_wants_them_straight_away_gets_a_mail_of_its_own() throws Exception {
        String mark = unique();
        Posted posted = post("Straight away please " + mark);
        as(NORTHMERE_OFFICER, () -> notifications.setMySetting(MailKind.RESPONSE_DUE, Frequency.IMMEDIATELY));
        try {
            digests.sendDaily(Objects.requireNonNull(posted.dueDate()).plusDays(3));
            assertThat(responseDue(posted.commentId(), "OVERDUE")).containsExactly("SENT");
            awaitTrue(() -> mailsWith(mark).stream().filter(to(NORTHMERE_OFFICER))
                    .anyMatch(m -> subject(m).startsWith("Answer overdue")), "the overdue mail");
        } finally {
            as(NORTHMERE_OFFICER, () -> notifications.setMySetting(MailKind.RESPONSE_DUE, Frequency.DAILY));
        }
    }

    // -- the digest collector ------------------------------------------------------------------------

    @Test
    void items_waiting_for_a_daily_digest_go_together_in_one_mail() throws Exception {
        as(NORTHMERE_OFFICER, () -> notifications.setMySetting(MailKind.NEW_COMMENT, Frequency.DAILY));
        try {
            Posted first = post("First for the digest " + unique());
            Posted second = post("Second for the digest " + unique());
            awaitTrue(() -> newComment(first.commentId()).equals(List.of("WAITING_FOR_DIGEST"))
                    && newComment(second.commentId()).equals(List.of("WAITING_FOR_DIGEST")), "both to wait");
            long before = digestMails();

            digests.sendDaily(LocalDate.of(2032, 1, 7));

            awaitTrue(() -> digestMails() == before + 1, "one digest");
            Thread.sleep(300);
            assertThat(digestMails()).isEqualTo(before + 1);
            assertThat(newComment(first.commentId())).containsExactly("IN_DIGEST");
            assertThat(newComment(second.commentId())).containsExactly("IN_DIGEST");
            MimeMessage digest = smtp.received().stream().filter(to(NORTHMERE_OFFICER))
                    .filter(m -> subject(m).startsWith("Tandem: ")).toList().getLast();
            String plain = NotificationMailTest.part(digest, "text/plain");
            assertThat(plain.split("- New comment on", -1).length - 1).isGreaterThanOrEqualTo(2);
        } finally {
            as(NORTHMERE_OFFICER, () -> notifications.setMySetting(MailKind.NEW_COMMENT, Frequency.IMMEDIATELY));
        }
    }

    // -- sponsors (the admins) and parents -----------------------------------------------------------

    @Test
    void on_mondays_admins_get_each_plans_overdue_milestones_and_waiting_answers_by_priority() throws Exception {
        post("Waiting for the sponsor digest " + unique());
        LocalDate monday = LocalDate.of(2033, 3, 7);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        digests.sendDaily(monday);
        digests.sendDaily(monday);

        awaitTrue(() -> sponsorMails(NORTHMERE_ADMIN) >= 1, "the sponsor digest");
        Thread.sleep(300);
        List<MimeMessage> mails = smtp.received().stream().filter(to(NORTHMERE_ADMIN))
                .filter(m -> subject(m).startsWith("Weekly: ")).toList();
        long plansCount = as(NORTHMERE_ADMIN, () -> plans.listPlans().size());
        assertThat(mails).hasSizeLessThanOrEqualTo((int) plansCount); // once per plan, not per run
        String plain = NotificationMailTest.part(mails.getFirst(), "text/plain");
        assertThat(plain).contains("- Priority ").contains("waits for an answer");
        assertThat(sponsorMails(NORTHMERE_OFFICER)).isZero();
        assertThat(smtp.received().stream().filter(to(EASTBROOK_ADMIN)).filter(m -> subject(m).startsWith("Weekly: "))
                .map(m -> NotificationMailTest.part(m, "text/plain"))).as("not another area's plans")
                .noneMatch(t -> t.contains("/actions/" + actionId + "\n"));
    }

    @Test
    void a_priority_with_a_linked_sponsor_sends_its_lines_to_that_sponsor_and_not_to_the_admins() throws Exception {
        var action = as(NORTHMERE_OFFICER, () -> plans.getAction(actionId));
        app.tandem.access.PersonSummary sponsor = as(NORTHMERE_ADMIN, () -> access.staff()).stream()
                .filter(p -> p.role() == app.tandem.access.Role.OFFICER && p.enabled() && p.id() != officer.accountId())
                .findFirst().orElseThrow();
        app.tandem.plan.PrioritySponsor before = as(NORTHMERE_ADMIN, () -> plans.prioritySponsors(action.planId())).stream()
                .filter(p -> p.priorityId() == action.priorityId()).findFirst().orElseThrow();
        app.tandem.plan.PrioritySponsor linked = as(NORTHMERE_ADMIN,
                () -> plans.linkSponsor(before.priorityId(), before.version(), sponsor.id()));
        try {
            assertThat(linked.accountName()).isEqualTo(sponsor.displayName());
            post("Waiting for the linked sponsor " + unique());
            long adminWeeklyBefore = sponsorMails(NORTHMERE_ADMIN);
            LocalDate monday = LocalDate.of(2033, 3, 14);
            assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

            digests.sendDaily(monday);
            digests.sendDaily(monday);

            awaitTrue(() -> sponsorMails(sponsor.email()) >= 1, "the sponsor's own digest");
            Thread.sleep(300);
            List<MimeMessage> mine = smtp.received().stream().filter(to(sponsor.email()))
                    .filter(m -> subject(m).startsWith("Weekly: ")).toList();
            assertThat(mine).hasSize(1);
            assertThat(subject(mine.getFirst())).isEqualTo("Weekly: overdue milestones and waiting answers in your priorities");
            String plain = NotificationMailTest.part(mine.getFirst(), "text/plain");
            assertThat(plain).contains("/actions/" + actionId).contains("waits for an answer");
            assertThat(plain.lines().filter(l -> l.startsWith("- Priority ")))
                    .isNotEmpty().allMatch(l -> l.startsWith("- Priority " + before.number() + " "));
            assertThat(smtp.received().stream().filter(to(NORTHMERE_ADMIN)).filter(m -> subject(m).startsWith("Weekly: "))
                    .skip(adminWeeklyBefore).map(m -> NotificationMailTest.part(m, "text/plain")))
                    .as("the admins no longer get the linked priority's lines")
                    .noneMatch(t -> t.contains("- Priority " + before.number() + " "));
        } finally {
            as(NORTHMERE_ADMIN, () -> plans.linkSponsor(linked.priorityId(), linked.version(), before.accountId()));
        }
    }

    @Test
    void only_an_open_staff_account_of_the_area_can_be_a_sponsor() {
        var action = as(NORTHMERE_OFFICER, () -> plans.getAction(actionId));
        app.tandem.plan.PrioritySponsor first = as(NORTHMERE_ADMIN, () -> plans.prioritySponsors(action.planId())).getFirst();
        long parent = as(NORTHMERE_ADMIN, () -> access.people()).stream()
                .filter(p -> p.role() == app.tandem.access.Role.FORUM_MEMBER).findFirst().orElseThrow().id();
        long otherArea = ((TandemUser) userDetailsService.loadUserByUsername(EASTBROOK_OFFICER)).accountId();
        for (long wrong : new long[] {parent, otherArea}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> as(NORTHMERE_ADMIN, () -> plans.linkSponsor(first.priorityId(), first.version(), wrong)))
                    .isInstanceOf(app.tandem.base.InvalidInputException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> as(NORTHMERE_ADMIN, () -> plans.linkSponsor(first.priorityId(), first.version() - 1, null)))
                .isInstanceOf(app.tandem.base.EditConflictException.class);
    }

    @Test
    void the_monthly_what_changed_digest_reaches_only_those_who_opted_in_once_a_month() throws Exception {
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> notifications.mySettings()))
                .anySatisfy(s -> {
                    assertThat(s.kind()).isEqualTo(MailKind.PLAN_CHANGES);
                    assertThat(s.frequency()).as("opt in, default off").isEqualTo(Frequency.OFF);
                });
        as(NORTHMERE_FORUM_MEMBER, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.MONTHLY));
        try {
            LocalDate first = YearMonth.now().plusMonths(1).atDay(1);
            String month = YearMonth.now().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
            digests.sendDaily(first);
            digests.sendDaily(first);
            awaitTrue(() -> changedMails(NORTHMERE_FORUM_MEMBER, month) == 1, "the monthly digest");
            Thread.sleep(300);
            assertThat(changedMails(NORTHMERE_FORUM_MEMBER, month)).isOne();
            assertThat(changedMails(NORTHMERE_YOUNG_PERSON, month)).as("did not opt in").isZero();
            assertThat(changedMails(NORTHMERE_OFFICER, month)).isZero();
        } finally {
            as(NORTHMERE_FORUM_MEMBER, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.OFF));
        }
    }

    // -- delivery: back-off, restart, hung server ----------------------------------------------------

    @Test
    void the_retry_wait_doubles_with_each_failed_attempt_up_to_an_hour() {
        Duration first = retry.wait(1);
        assertThat(retry.wait(0)).isEqualTo(first);
        assertThat(retry.wait(2)).isEqualTo(first.multipliedBy(2));
        assertThat(retry.wait(3)).isEqualTo(first.multipliedBy(4));
        assertThat(retry.wait(4)).isEqualTo(first.multipliedBy(8));
        assertThat(retry.wait(60)).isEqualTo(OutboxRetry.LONGEST_WAIT);
    }

    /**
     * A restart, in this context: what Spring Modulith runs when the application starts
     * ({@code afterSingletonsInstantiated} of the event multicaster, which resubmits the outbox's
     * incomplete publications because {@code republish-outstanding-events-on-restart=true}). A
     * second application context on an H2 file would also prove the registry is on disk; it costs
     * a full context start per run, so this test checks the restart path and the existing one the
     * persistence (the publication row survives the failure and is completed once).
     */
    @Test
    void pending_mail_goes_exactly_once_when_the_application_starts_again() throws Exception {
        String mark = unique();
        smtp.stop();
        Posted posted;
        try {
            posted = post("Pending over a restart " + mark);
            awaitTrue(() -> incompletePublications(posted.commentId()) == 1 && failedPublications(posted.commentId()) == 1,
                    "the publication to fail");
        } finally {
            smtp.start();
        }
        assertThat(incomplete).isInstanceOf(SmartInitializingSingleton.class);
        ((SmartInitializingSingleton) incomplete).afterSingletonsInstantiated();

        awaitTrue(() -> mailsWith(mark).stream().anyMatch(to(NORTHMERE_OFFICER)), "the mail after the restart");
        awaitTrue(() -> incompletePublications(posted.commentId()) == 0, "the publication to complete");
        ((SmartInitializingSingleton) incomplete).afterSingletonsInstantiated();
        Thread.sleep(500);
        assertThat(mailsWith(mark)).hasSize(1);
    }

    @Test
    void a_hung_smtp_server_does_not_slow_a_user_down_and_the_mail_goes_later() throws Exception {
        String mark = unique();
        int realPort = mailSender.getPort();
        List<Socket> held = new ArrayList<>();
        try (ServerSocket hung = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!hung.isClosed()) {
                    try {
                        held.add(hung.accept()); // accepts and never says a word
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            mailSender.setPort(hung.getLocalPort());
            Posted posted;
            try {
                long start = System.nanoTime();
                posted = post("While the server hangs " + mark);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                awaitTrue(() -> failedPublications(posted.commentId()) == 1, "the send to time out");
            } finally {
                mailSender.setPort(realPort);
                acceptor.interrupt();
            }
            assertThat(mailsWith(mark)).isEmpty();
            incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CommentPosted c
                    && c.commentId() == posted.commentId());
            awaitTrue(() -> mailsWith(mark).stream().anyMatch(to(NORTHMERE_OFFICER)), "the mail after the hang");
            assertThat(mailsWith(mark)).hasSize(1);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    // -- glossary ------------------------------------------------------------------------------------

    @Test
    void acronyms_in_our_own_words_are_explained_the_first_time_only_and_quotes_stay_as_written() {
        Letter letter = new Letter("About the EHCP", List.of("Your EHCP review is due.", "The EHCP team will call."),
                "My EHCP is late", List.of(new Letter.Item("SEND support", "http://x/1")), "Open", "http://x");
        Letter glossed = as(NORTHMERE_OFFICER, () -> postbox.glossed(letter));
        assertThat(glossed.paragraphs()).containsExactly("Your EHCP (education, health and care plan) review is due.",
                "The EHCP team will call.");
        assertThat(glossed.quote()).isEqualTo("My EHCP is late");
        assertThat(glossed.items().getFirst().text()).startsWith("SEND (special educational needs");
        assertThat(glossed.subject()).isEqualTo("About the EHCP");
    }

    // ---------------------------------------------------------------------------------------------

    private Posted post(String body) {
        return as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null, body,
                false, false, UUID.randomUUID().toString())));
    }

    private static String unique() {
        return "mark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private List<String> responseDue(long commentId, String state) {
        return jdbc.queryForList("select status from notification_mail where dedup_key = ? and kind = 'RESPONSE_DUE' "
                + "and recipient_id = ?", String.class, "response-due:" + commentId + ":" + state, officer.accountId());
    }

    private List<String> newComment(long commentId) {
        return jdbc.queryForList("select status from notification_mail where dedup_key = ? and recipient_id = ?",
                String.class, "comment-posted:" + commentId, officer.accountId());
    }

    private long digestMails() {
        return smtp.received().stream().filter(to(NORTHMERE_OFFICER)).filter(m -> subject(m).startsWith("Tandem: ")).count();
    }

    private long sponsorMails(String email) {
        return smtp.received().stream().filter(to(email)).filter(m -> subject(m).startsWith("Weekly: ")).count();
    }

    private long changedMails(String email, String month) {
        return smtp.received().stream().filter(to(email)).filter(m -> subject(m).equals("What changed in " + month)).count();
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

    private List<MimeMessage> mailsWith(String mark) {
        return smtp.received().stream().filter(m -> NotificationMailTest.part(m, "text/plain").contains(mark)).toList();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Mails.awaitTrue(condition, what, Duration.ofSeconds(20));
    }

}

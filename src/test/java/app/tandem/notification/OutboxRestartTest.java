package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Application;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.TargetKind;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 6 / FI-1: a mail whose sending failed is still in the outbox when the application really
 * stops, and the next start sends it exactly once. Two whole application contexts run one after the
 * other on one H2 file database, the way a restart of the server would; the SMTP server is a real
 * GreenMail server that is not there during the first run.
 */
class OutboxRestartTest {

    @Test
    void a_mail_that_could_not_go_before_a_restart_goes_exactly_once_after_it() throws Exception {
        Path dir = Files.createTempDirectory("tandem-restart");
        int smtpPort = freePort();
        String mark = "restart" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "jdbc:h2:file:" + dir.resolve("tandem") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        long commentId;
        try (ConfigurableApplicationContext first = start(url, smtpPort)) {
            // No SMTP server listens on smtpPort: the mail fails and its publication stays incomplete.
            commentId = postAsParent(first, "Will the new transport policy cover college? " + mark);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            awaitTrue(() -> incomplete(jdbc, commentId) == 1 && failed(jdbc, commentId) == 1, "the first attempt to fail");
        }

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ConfigurableApplicationContext second = start(url, smtpPort)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            awaitTrue(() -> withMark(smtp, mark).size() == 1, "the mail after the restart");
            awaitTrue(() -> incomplete(jdbc, commentId) == 0, "the publication to complete");
            Thread.sleep(1_000);
            assertThat(withMark(smtp, mark)).as("sent once, not once per start or per retry").hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from notification_mail where dedup_key = ?", Long.class,
                    "comment-posted:" + commentId)).isEqualTo(1L);
        } finally {
            smtp.stop();
        }
    }

    private static ConfigurableApplicationContext start(String url, int smtpPort) {
        // Command-line arguments, so they win over the test's config/application.properties.
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--tandem.mail.embedded=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--tandem.mail.retry-interval=PT10H");
    }

    private static long postAsParent(ConfigurableApplicationContext context, String body) {
        UserDetails parent = context.getBean(UserDetailsService.class).loadUserByUsername("parent@northmere.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(parent, null, parent.getAuthorities()));
        try {
            PlanService plans = context.getBean(PlanService.class);
            long planId = plans.listPlans().getFirst().id();
            long actionId = plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id();
            return context.getBean(FeedbackService.class).post(new NewComment(TargetKind.ACTION, actionId, null, body,
                    false, false, UUID.randomUUID().toString())).commentId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<MimeMessage> withMark(GreenMail smtp, String mark) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> NotificationMailTest.part(m, "text/plain").contains(mark)).toList();
    }

    private static long incomplete(JdbcTemplate jdbc, long commentId) {
        return publications(jdbc, commentId, "completion_date is null");
    }

    private static long failed(JdbcTemplate jdbc, long commentId) {
        return publications(jdbc, commentId, "completion_date is null and status = 'FAILED'");
    }

    private static long publications(JdbcTemplate jdbc, long commentId, String condition) {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'%MailListeners%' and event_type like '%CommentPosted' and serialized_event like ? and " + condition,
                Long.class, "%\"commentId\":" + commentId + ",%"));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Mails.awaitTrue(condition, what, Duration.ofSeconds(30));
    }
}

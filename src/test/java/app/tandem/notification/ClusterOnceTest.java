package app.tandem.notification;

import static app.tandem.notification.Mails.awaitTrue;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Issue 9 part 4, what several nodes on one database add to the mail rules: a scheduled job runs
 * on the node holding its ShedLock row and is skipped by the others, and one event delivered by
 * several nodes at the same moment (each republishing the outbox after a restart) sends one mail.
 */
class ClusterOnceTest extends TandemSpringTest {

    @Autowired
    EmbeddedMailServer smtp;

    @Autowired
    FeedbackService feedback;

    @Autowired
    PlanService plans;

    @Autowired
    MailListeners listeners;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    OutboxRetry retry;

    @Autowired
    DigestJob digests;

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scheduled_jobs_go_through_the_lock() {
        assertThat(AopUtils.isAopProxy(retry)).as("OutboxRetry advised by ShedLock").isTrue();
        assertThat(AopUtils.isAopProxy(digests)).as("DigestJob advised by ShedLock").isTrue();
    }

    @Test
    void the_outbox_retry_is_skipped_while_another_node_holds_its_lock_and_taken_when_it_is_free() {
        String name = "notification.outbox-retry";
        jdbc.update("delete from shedlock where name = ?", name);
        Optional<SimpleLock> otherNode = locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5),
                Duration.ZERO));
        assertThat(otherNode).as("the other node's lock").isPresent();
        try {
            Map<String, Object> held = lockRow(name);

            retry.retry();

            assertThat(lockRow(name)).as("the lock row, untouched: this node did not run the job").isEqualTo(held);
        } finally {
            otherNode.get().unlock();
        }
        Timestamp released = (Timestamp) lockRow(name).get("lock_until");

        retry.retry();

        Map<String, Object> taken = lockRow(name);
        Timestamp lockedAt = (Timestamp) taken.get("locked_at");
        Timestamp until = (Timestamp) taken.get("lock_until");
        assertThat(lockedAt).as("this node took the lock").isAfterOrEqualTo(released);
        // lockAtLeastFor = 10 s: a second node starting the same turn a moment later skips it.
        assertThat(until.toInstant()).isAfterOrEqualTo(lockedAt.toInstant().plusSeconds(10));
        jdbc.update("delete from shedlock where name = ?", name);
    }

    @Test
    void one_event_delivered_by_three_nodes_at_once_sends_one_mail() throws Exception {
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        long actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
        long planId = as(NORTHMERE_OFFICER, () -> plans.getAction(actionId).planId());
        long author = ((TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_FORUM_MEMBER)).accountId();
        String mark = "mark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        smtp.start();
        smtp.stop();
        Posted posted;
        try {
            posted = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                    "Three nodes " + mark, false, false, UUID.randomUUID().toString())));
            awaitTrue(() -> failedPublications(posted.commentId()) == 1, "the first delivery to fail",
                    Duration.ofSeconds(20));
        } finally {
            smtp.start();
        }
        CommentPosted event = new CommentPosted(officer.areaId(), posted.commentId(), planId, actionId, author);

        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    listeners.on(event);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        go.countDown();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CommentPosted c
                && c.commentId() == posted.commentId());
        for (Thread t : nodes) {
            t.join(Duration.ofSeconds(20));
        }
        awaitTrue(() -> !mailsWith(mark).isEmpty(), "the mail", Duration.ofSeconds(20));
        Thread.sleep(500);

        assertThat(mailsWith(mark)).as("mails (delivery failures on the racing threads: %s)", failures).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where dedup_key = ?", Long.class,
                "comment-posted:" + posted.commentId())).isOne();
    }

    private Map<String, Object> lockRow(String name) {
        return jdbc.queryForMap("select lock_until, locked_at, locked_by from shedlock where name = ?", name);
    }

    private long failedPublications(long commentId) {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'%MailListeners%' and event_type like '%CommentPosted' and serialized_event like ? and "
                + "completion_date is null and status = 'FAILED'", Long.class, "%\"commentId\":" + commentId + ",%"));
    }

    private List<MimeMessage> mailsWith(String mark) {
        return smtp.received().stream().filter(m -> NotificationMailTest.part(m, "text/plain").contains(mark)).toList();
    }
}

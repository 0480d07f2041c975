package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.TandemUser;
import app.tandem.audit.AuditViews.RetentionSettings;
import app.tandem.base.RetentionRule;
import app.tandem.base.RetentionRule.RetentionKind;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.TargetKind;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality bar PR-3: the retention job, run month by month across a year and a bit with a moved
 * clock, changes a comment exactly when the area's period for comments has passed and audit
 * records exactly when theirs has, and logs counts, never words. Everything runs in one
 * transaction that is rolled back, so the shared demo data stays as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetentionTest extends TandemSpringTest {

    @Autowired
    AuditService audit;

    @Autowired
    AccessService access;

    @Autowired
    RetentionSettingRepository settings;

    @Autowired
    List<RetentionRule> rules;

    @Autowired
    AuditLog auditLog;

    @Autowired
    FeedbackService feedback;

    @Autowired
    PlanService plans;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void across_a_year_comments_go_after_six_months_and_audit_records_after_twelve(CapturedOutput output) {
        login(NORTHMERE_FORUM_MEMBER);
        TandemUser admin = (TandemUser) login(NORTHMERE_ADMIN);
        long areaId = admin.areaId();
        String words = "Retention check words " + UUID.randomUUID();
        MovableClock clock = new MovableClock(Instant.now());
        RetentionJob job = new RetentionJob(access, settings, rules, auditLog, transactions, clock);
        List<String> timeline = new ArrayList<>();

        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            RetentionSettings now = audit.retention();
            audit.saveRetention(new RetentionSettings(now.version(), 6, 24, 12));
            long planId = plans.listPlans().getFirst().id();
            long actionId = plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id();
            access.addPerson(AuditTrailTest.newPerson("Retention Check", app.tandem.access.Role.VIEWER),
                    "a long first password");
            sleep();
            clock.set(Instant.now());
            long commentId = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId,
                    null, words, false, false, UUID.randomUUID().toString()))).commentId();
            Instant start = clock.instant();

            for (int month = 0; month <= 13; month++) {
                clock.set(ZonedDateTime.ofInstant(start, ZoneId.of("Europe/London")).plusMonths(month).plusDays(1)
                        .toInstant());
                Map<RetentionKind, Integer> counts = job.applyIn(areaId);
                String body = jdbc.queryForObject("select body from feedback_comment where id = ?", String.class, commentId);
                long oldAudit = jdbc.queryForObject("select count(*) from audit_record where area_id = ? and at < ?",
                        Long.class, areaId, java.sql.Timestamp.from(start));
                timeline.add(month + ":" + (words.equals(body) ? "kept" : "removed") + ":" + (oldAudit > 0 ? "audit" : "none")
                        + ":" + counts.get(RetentionKind.AUDIT_ENTRIES));
            }
        });

        assertThat(timeline.subList(0, 6)).allMatch(t -> t.contains(":kept:audit:0"));
        assertThat(timeline.get(6)).contains(":removed:audit:0");
        assertThat(timeline.subList(7, 12)).allMatch(t -> t.contains(":removed:audit:0"));
        assertThat(timeline.get(12)).matches("12:removed:none:[1-9][0-9]*");
        assertThat(output.getAll()).contains("Retention in area " + areaId).doesNotContain(words);
    }

    @Test
    void the_periods_are_validated_and_kept_per_area() {
        login(NORTHMERE_ADMIN);
        RetentionSettings current = audit.retention();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.saveRetention(
                new RetentionSettings(current.version(), 0, 24, 12)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.saveRetention(
                new RetentionSettings(current.version() + 5, 6, 24, 12)))
                .isInstanceOf(app.tandem.base.EditConflictException.class);
        assertThat(as(EASTBROOK_ADMIN, () -> audit.retention()).commentsMonths()).isEqualTo(36);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock a test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

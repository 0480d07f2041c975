package app.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackViews.CommentView;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.plan.PlanService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class FeedbackServiceTest extends TandemSpringTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    ModerationService moderation;

    @Autowired
    InboxService inbox;

    @Autowired
    PlanService plans;

    @Autowired
    CommentRateLimiter limiter;

    @Autowired
    JdbcTemplate jdbc;

    long actionId;

    @BeforeEach
    void findAnActionTheOfficerLeads() {
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
    }

    private static NewComment comment(long actionId, String body) {
        return new NewComment(TargetKind.ACTION, actionId, null, body, false, false, UUID.randomUUID().toString());
    }

    private long visibleCount(String email) {
        return as(email, () -> feedback.thread(TargetKind.ACTION, actionId).visibleCount());
    }

    @Test
    void a_comment_with_a_phone_number_is_seen_only_by_its_author_and_moderators() {
        long before = visibleCount(NORTHMERE_VIEWER);
        Posted posted = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(comment(actionId, "Ring me on 07700 900123 please")));

        assertThat(posted.state()).isEqualTo(CommentState.HELD);
        assertThat(visibleCount(NORTHMERE_VIEWER)).isEqualTo(before);
        for (String other : List.of(NORTHMERE_VIEWER, NORTHMERE_OFFICER, NORTHMERE_ADMIN)) {
            assertThat(as(other, () -> ids(feedback.thread(TargetKind.ACTION, actionId).comments())))
                    .as(other).doesNotContain(posted.commentId());
            assertThat(as(other, () -> feedback.visibleCounts(TargetKind.ACTION, List.of(actionId))
                    .getOrDefault(actionId, 0L))).isEqualTo(before);
        }
        assertThat(as(NORTHMERE_OFFICER, () -> feedback.awaitingMyResponse()))
                .noneMatch(a -> a.commentId() == posted.commentId());
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> feedback.thread(TargetKind.ACTION, actionId).comments()))
                .anyMatch(c -> c.id() == posted.commentId() && c.state() == CommentState.HELD);
        assertThat(as(NORTHMERE_ADMIN, () -> moderation.queue())).anyMatch(m -> m.commentId() == posted.commentId());

        as(NORTHMERE_ADMIN, () -> moderation.reject(posted.commentId(), "Please leave out phone numbers."));
        CommentView mine = as(NORTHMERE_FORUM_MEMBER, () -> feedback.thread(TargetKind.ACTION, actionId).comments())
                .stream().filter(c -> c.id() == posted.commentId()).findFirst().orElseThrow();
        assertThat(mine.state()).isEqualTo(CommentState.REJECTED);
        assertThat(mine.moderationReason()).isEqualTo("Please leave out phone numbers.");
    }

    @Test
    void a_young_persons_comment_is_always_held_until_approved() {
        Posted posted = as(NORTHMERE_YOUNG_PERSON, () -> feedback.post(comment(actionId, "More clubs after school please")));
        assertThat(posted.state()).isEqualTo(CommentState.HELD);

        as(NORTHMERE_ADMIN, () -> moderation.approve(posted.commentId()));

        assertThat(as(NORTHMERE_VIEWER, () -> ids(feedback.thread(TargetKind.ACTION, actionId).comments())))
                .contains(posted.commentId());
    }

    @Test
    void a_moderator_cannot_moderate_their_own_comment() {
        Posted posted = as(NORTHMERE_ADMIN, () -> feedback.post(comment(actionId, "Email me at admin.person@example.com")));
        assertThat(posted.state()).isEqualTo(CommentState.HELD);

        assertThatThrownBy(() -> as(NORTHMERE_ADMIN, () -> moderation.approve(posted.commentId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_same_form_submitted_twice_creates_one_comment() {
        NewComment once = comment(actionId, "Please publish the panel dates.");
        Posted first = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(once));
        Posted second = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(once));

        assertThat(second.commentId()).isEqualTo(first.commentId());
        assertThat(first.state()).isEqualTo(CommentState.PUBLISHED);
        assertThat(first.dueDate()).isNotNull();
    }

    @Test
    void posting_too_often_is_refused_with_a_friendly_message() {
        // A fresh account, so other tests' comments do not count against it.
        long accountId = as(NORTHMERE_ADMIN, () -> moderationAccess().addPerson(new app.tandem.access.NewPerson(
                "ratelimit-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test", "Rate Check", null, null,
                app.tandem.access.Role.FORUM_MEMBER), "a long first password")).id();
        String email = jdbc.queryForObject("select email from account where id = ?", String.class, accountId);
        for (int i = 0; i < limiter.perMinute(); i++) {
            as(email, () -> feedback.post(comment(actionId, "Comment number " + UUID.randomUUID())));
        }
        assertThatThrownBy(() -> as(email, () -> feedback.post(comment(actionId, "One too many"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("body", "comment.rateLimited"));
    }

    @Autowired
    app.tandem.access.AccessService accessService;

    private app.tandem.access.AccessService moderationAccess() {
        return accessService;
    }

    @Test
    void a_comment_can_be_changed_for_15_minutes_only() {
        Posted posted = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(comment(actionId, "First words")));
        as(NORTHMERE_FORUM_MEMBER, () -> feedback.edit(posted.commentId(), "Better words"));

        jdbc.update("update feedback_comment set posted_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(16 * 60)), posted.commentId());

        assertThatThrownBy(() -> as(NORTHMERE_FORUM_MEMBER, () -> feedback.edit(posted.commentId(), "Too late")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(NORTHMERE_OFFICER, () -> feedback.delete(posted.commentId())))
                .isInstanceOf(AccessDeniedException.class);
        as(NORTHMERE_FORUM_MEMBER, () -> feedback.delete(posted.commentId()));
        CommentView deleted = as(NORTHMERE_VIEWER, () -> feedback.thread(TargetKind.ACTION, actionId).comments()).stream()
                .filter(c -> c.id() == posted.commentId()).findFirst().orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void the_lead_officer_answers_and_the_author_hears_about_it() {
        Posted posted = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(comment(actionId, "When will this start?")));
        assertThat(as(NORTHMERE_OFFICER, () -> feedback.awaitingMyResponse()))
                .anyMatch(a -> a.commentId() == posted.commentId());
        long unreadBefore = as(NORTHMERE_FORUM_MEMBER, () -> inbox.unreadCount());

        as(NORTHMERE_OFFICER, () -> feedback.respond(posted.commentId(),
                new OfficialResponse(ResponseOutcome.ANSWERED, "It starts in April.", null)));

        assertThat(as(NORTHMERE_OFFICER, () -> feedback.awaitingMyResponse()))
                .noneMatch(a -> a.commentId() == posted.commentId());
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> inbox.unreadCount())).isEqualTo(unreadBefore + 1);
        long planId = as(NORTHMERE_VIEWER, () -> plans.getAction(actionId).planId());
        assertThat(as(NORTHMERE_VIEWER, () -> feedback.youSaidWeDid(planId)).priorities())
                .flatExtracting(p -> p.answers()).anyMatch(a -> a.commentId() == posted.commentId()
                        && a.authorLabel().equals("A parent carer"));
    }

    @Test
    void support_is_one_per_person_and_toggles() {
        Posted posted = as(NORTHMERE_OFFICER, () -> feedback.post(comment(actionId, "We are recruiting now.")));
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> feedback.toggleSupport(posted.commentId()))).isTrue();
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> feedback.toggleSupport(posted.commentId()))).isFalse();
        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> feedback.toggleSupport(posted.commentId()))).isTrue();
        CommentView c = as(NORTHMERE_VIEWER, () -> feedback.thread(TargetKind.ACTION, actionId).comments()).stream()
                .filter(x -> x.id() == posted.commentId()).findFirst().orElseThrow();
        assertThat(c.supportCount()).isEqualTo(1);
    }

    @Test
    void harm_words_raise_a_safeguarding_alert_and_hold_the_comment() {
        Posted posted = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(comment(actionId, "My child says he is not safe at home")));
        assertThat(posted.state()).isEqualTo(CommentState.HELD);
        assertThat(as(NORTHMERE_ADMIN, () -> moderation.safeguardingAlerts()))
                .anyMatch(a -> a.commentId() == posted.commentId() && !a.closed());
    }

    private static List<Long> ids(List<CommentView> views) {
        return views.stream().map(CommentView::id).toList();
    }
}

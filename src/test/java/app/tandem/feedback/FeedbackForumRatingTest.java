package app.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackViews.ForumRatingPanel;
import app.tandem.feedback.FeedbackViews.ForumRatingView;
import app.tandem.feedback.FeedbackViews.NewForumRating;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The forum's own rating of an action per reporting period (issue 4, item 4). */
class FeedbackForumRatingTest extends TandemSpringTest {

    static final String CHAIR = "forum.chair@northmere.test";

    @Autowired
    FeedbackService feedback;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    long planId;
    ActionRow action;
    PeriodView open;
    PeriodView closed;

    @BeforeEach
    void findAnUnratedActionAndThePeriods() {
        planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        action = as(CHAIR, () -> plans.findActions(planId, ActionFilter.none(), 0, 1000).stream()
                .filter(a -> a.status() != null && feedback.forumRating(a.id()).history().isEmpty()).findFirst()
                .orElseThrow());
        List<PeriodView> periods = as(NORTHMERE_ADMIN, () -> reports.periods(planId));
        open = periods.stream().filter(p -> !p.closed()).findFirst().orElseThrow();
        closed = periods.stream().filter(PeriodView::closed).findFirst().orElseThrow();
    }

    @AfterEach
    void removeTestRatings() {
        jdbc.update("delete from feedback_forum_rating where action_id = ?", action.id());
    }

    private StatusView other(ForumRatingPanel panel) {
        return panel.scheme().stream().filter(s -> s.id() != action.status().id()).findFirst().orElseThrow();
    }

    @Test
    void a_representative_rating_that_differs_is_shown_as_a_disagreement_and_listed_for_the_highlight_report() {
        ForumRatingPanel before = as(CHAIR, () -> feedback.forumRating(action.id()));
        assertThat(before.canRate()).isTrue();
        assertThat(before.officerStatus()).isEqualTo(action.status());

        ForumRatingView saved = as(CHAIR, () -> feedback.rateAction(action.id(),
                new NewForumRating(open.id(), other(before).id(), "Families see no change yet.")));
        assertThat(saved.disagrees()).isTrue();

        ForumRatingPanel seenByParent = as(NORTHMERE_FORUM_MEMBER, () -> feedback.forumRating(action.id()));
        assertThat(seenByParent.latest()).isNotNull();
        assertThat(seenByParent.latest().reason()).isEqualTo("Families see no change yet.");
        assertThat(seenByParent.latest().disagrees()).isTrue();
        assertThat(seenByParent.canRate()).isFalse();

        assertThat(as(NORTHMERE_VIEWER, () -> feedback.forumDisagreements(planId, open.id())))
                .anyMatch(d -> d.actionId() == action.id() && d.forumStatus().equals(other(before).label())
                        && d.officerStatus().equals(action.status().label()));
        // Another area cannot see the period.
        assertThatThrownBy(() -> as(EASTBROOK_ADMIN, () -> feedback.forumDisagreements(planId, open.id())))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void rating_again_replaces_the_rating_and_agreeing_is_not_a_disagreement() {
        as(CHAIR, () -> feedback.rateAction(action.id(), new NewForumRating(open.id(),
                other(feedback.forumRating(action.id())).id(), "First view.")));
        ForumRatingView again = as(CHAIR, () -> feedback.rateAction(action.id(),
                new NewForumRating(open.id(), action.status().id(), "We agree now.")));

        assertThat(again.disagrees()).isFalse();
        assertThat(as(CHAIR, () -> feedback.forumRating(action.id()).history())).hasSize(1);
        assertThat(as(NORTHMERE_ADMIN, () -> feedback.forumDisagreements(planId, open.id())))
                .noneMatch(d -> d.actionId() == action.id());
    }

    @Test
    void only_representatives_rate_open_periods_with_a_reason() {
        long status = action.status().id();
        assertThatThrownBy(() -> as(NORTHMERE_FORUM_MEMBER, () -> feedback.rateAction(action.id(),
                new NewForumRating(open.id(), status, "Not a representative")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NORTHMERE_OFFICER, () -> feedback.rateAction(action.id(),
                new NewForumRating(open.id(), status, "Officers do not rate for the forum"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CHAIR, () -> feedback.rateAction(action.id(),
                new NewForumRating(closed.id(), status, "Too late")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(CHAIR, () -> feedback.rateAction(action.id(),
                new NewForumRating(open.id(), status, " ")))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void the_demo_has_a_forum_rating_that_disagrees() {
        assertThat(as(NORTHMERE_ADMIN, () -> feedback.forumDisagreements(planId, open.id()))).isNotEmpty();
    }
}

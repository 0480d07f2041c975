package app.tandem.demo;

import app.tandem.access.TandemUser;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.ForumRatingPanel;
import app.tandem.feedback.FeedbackViews.NewForumRating;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.StatusView;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The Northmere forum's own ratings for the open reporting period: one that disagrees with the
 * officers (shown on the action page and in the highlight report) and one that agrees. Needs the
 * open period {@link ReportDemoData} adds: listeners of equal order run in bean registration order,
 * which is by class name here, so this class's name sorts after it; without an open period it adds nothing.
 */
@Component
class VoiceOfTheForumDemoData {

    private final PlanService plans;
    private final FeedbackService feedback;
    private final UserDetailsService users;

    VoiceOfTheForumDemoData(PlanService plans, FeedbackService feedback, UserDetailsService users) {
        this.plans = plans;
        this.feedback = feedback;
        this.users = users;
    }

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        TandemUser chair;
        try {
            chair = (TandemUser) users.loadUserByUsername("forum.chair@northmere.test");
        } catch (RuntimeException e) {
            return; // the feedback demo has not added the forum yet
        }
        long planId = plans.listPlans().getFirst().id();
        List<ActionRow> rated = plans.findActions(planId, ActionFilter.none(), 0, 1000).stream()
                .filter(a -> a.status() != null).limit(2).toList();
        for (int i = 0; i < rated.size(); i++) {
            ActionRow action = rated.get(i);
            boolean disagree = i == 0;
            DemoData.as(chair, () -> {
                ForumRatingPanel panel = feedback.forumRating(action.id());
                if (panel.currentPeriodId() == null || panel.scheme().size() < 2 || !panel.canRate()) {
                    return null;
                }
                StatusView status = disagree
                        ? panel.scheme().stream().filter(s -> s.id() != action.status().id() && !s.complete()).findFirst()
                                .orElse(panel.scheme().getLast())
                        : action.status();
                return feedback.rateAction(action.id(), new NewForumRating(panel.currentPeriodId(), status.id(), disagree
                        ? "Families on our panel say nothing has changed for them yet, so we do not agree it is on track."
                        : "Parents we spoke to see the difference; we agree."));
            });
        }
    }
}

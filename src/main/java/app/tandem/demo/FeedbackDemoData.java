package app.tandem.demo;

import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.ModerationService;
import app.tandem.feedback.ResponseOutcome;
import app.tandem.feedback.TargetKind;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Northmere forum members comment on about a third of the actions; most are answered, a few are
 * overdue, two are held.
 */
@Component
class FeedbackDemoData {

    private static final List<String> SAID = List.of(
            "How will parents know this has happened? Please tell the forum when it starts.",
            "Families we speak to have not seen any change yet. What is different this term?",
            "Please write the update in plain English, without the acronyms.",
            "Will the forum be part of checking whether this has worked?",
            "The dates keep moving. When will this really be finished?",
            "Could you share the numbers behind this, so we can see the trend?");

    private final AccessService access;
    private final PlanService plans;
    private final FeedbackService feedback;
    private final ModerationService moderation;
    private final UserDetailsService users;

    FeedbackDemoData(AccessService access, PlanService plans, FeedbackService feedback, ModerationService moderation,
            UserDetailsService users) {
        this.access = access;
        this.plans = plans;
        this.feedback = feedback;
        this.moderation = moderation;
        this.users = users;
    }

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        List<String> members = new ArrayList<>(List.of("parent@northmere.test"));
        for (String[] p : new String[][] {{"forum.chair@northmere.test", "Dana Okafor"},
                {"forum.member2@northmere.test", "Sam Whitlock"}, {"forum.member3@northmere.test", "Rania Haddad"}}) {
            access.importPerson(new NewPerson(p[0], p[1], null, null, Role.FORUM_MEMBER), DemoData.DEMO_PASSWORD);
            members.add(p[0]);
        }
        PersonSummary chair = access.people().stream().filter(p -> p.email() != null && p.email().equals(members.get(1)))
                .findFirst().orElseThrow();
        moderation.setForumRepresentative(chair.id(), true);
        access.people().stream().filter(p -> "admin@northmere.test".equals(p.email())).findFirst()
                .ifPresent(admin -> moderation.setSafeguardingLead(admin.id(), true));

        long planId = plans.listPlans().getFirst().id();
        List<ActionRow> actions = plans.findActions(planId, ActionFilter.none(), 0, 1000);
        TandemUser admin = (TandemUser) users.loadUserByUsername("admin@northmere.test");
        int n = 0;
        for (int i = 0; i < actions.size(); i += 3, n++) {
            ActionRow action = actions.get(i);
            String author = members.get(n % members.size());
            String body = SAID.get(n % SAID.size());
            boolean held = n == 3 || n == 7;
            if (held) {
                body = n == 3 ? "My son Jack is still waiting. Please ring me on 07700 900461." 
                        : "My daughter has autism and was refused a place, born 04/05/2014.";
            }
            final String text = body;
            final boolean forForum = n % members.size() == 1;
            final boolean showName = n % 2 == 0;
            Posted posted = DemoData.as((TandemUser) users.loadUserByUsername(author), () -> feedback.post(
                    new NewComment(TargetKind.ACTION, action.id(), null, text, forForum, showName,
                            UUID.randomUUID().toString())));
            if (!held && n % 4 == 2 && n < 12) {
                // A few left unanswered past their answer date, so "overdue" shows in the demo.
                feedback.backdateForDemo(posted.commentId(), java.time.Instant.now().minus(java.time.Duration.ofDays(16L + 2 * n)));
            }
            if (!held && n % 4 != 2) {
                ResponseOutcome outcome = ResponseOutcome.values()[n % ResponseOutcome.values().length];
                DemoData.as(admin, () -> feedback.respond(posted.commentId(), new OfficialResponse(outcome, answer(outcome),
                        outcome == ResponseOutcome.WILL_DO ? LocalDate.now().plusMonths(2) : null)));
            }
        }
    }

    private static String answer(ResponseOutcome outcome) {
        return switch (outcome) {
            case DONE -> "Done: the forum is now invited to every review meeting for this action.";
            case WILL_DO -> "We will publish a short plain-English update on this each term, starting next term.";
            case CANNOT -> "We can't change the national deadline, but we will tell families sooner when it slips.";
            case ANSWERED -> "Thank you. The figures are in the latest board report, and we will add them here.";
        };
    }
}

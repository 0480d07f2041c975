package app.tandem.demo;

import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.access.TandemUser;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.progress.NewUpdate;
import app.tandem.progress.NewUpdate.EvidenceInput;
import app.tandem.progress.ProgressService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Northmere's progress: updates on about 25 actions from October 2025 to November 2026, posted by
 * each action's own lead officer through the real service, some with status changes (so the status
 * history has entries), evidence links and milestones done. A few actions are left without recent
 * updates, so "update due" shows on My actions.
 */
@Component
class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

    private final PlanService plans;
    private final ProgressService progress;
    private final AccessService access;
    private final UserDetailsService users;
    private final Clock clock;

    DemoProgress(PlanService plans, ProgressService progress, AccessService access, UserDetailsService users, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    private static final String[] NARRATIVES = {
        "We met the parent carer forum to agree how families will be told about this work. Twelve parents came; their main ask was shorter letters with a named contact. We have changed the letter template and will share it at the next forum meeting.",
        "The new process started this month. Ten education, health and care (EHC) needs assessments went through it; eight were finished within the 20-week legal limit. The two late ones were waiting for health advice, which we are now following up weekly.",
        "Training for special educational needs coordinators (SENCos) ran in two sessions, with 41 schools taking part. Feedback was good (4.3 out of 5). Schools asked for a short guide they can keep; we will publish it on the Local Offer.",
        "The health and council teams now share one referral form. Families tell their story once instead of three times. We are checking with the parent carer forum whether the form is easy to fill in.",
        "Progress was slower than planned because two key staff left. A new officer starts next month. In the meantime the team manager is covering the most urgent cases so that no family waits longer.",
        "We published the updated Local Offer pages on short breaks, written with young people from the youth voice group. Visits to the pages doubled in the first fortnight.",
        "Waiting times for speech and language therapy fell from 34 to 26 weeks. The extra therapists funded in the spring are now all in post. We will report the next figures at the board in January.",
        "The annual review audit is complete: 60 reviews checked, 45 met the standard. The main gap was outcomes not being updated after the review. Each caseworker has had feedback and a checklist.",
        "Young people told us the transition meetings felt rushed. From this term every meeting is booked for at least an hour and the young person chooses where it happens.",
        "We agreed the joint commissioning plan with the integrated care board (ICB). It names who pays for what in autism assessment, so families are no longer passed between services.",
    };

    private static final String[][] LINKS = {
        {"https://www.northmere.example/local-offer/news", "Local Offer news page"},
        {"https://www.northmere.example/send/board-papers", "SEND board papers"},
        {"https://www.northmere.example/forum/minutes", "Parent carer forum minutes"},
        {"https://www.northmere.example/send/dashboard", "SEND performance dashboard"},
        {"https://www.northmere.example/local-offer/short-breaks", "Short breaks pages"},
    };

    /** A small file, so the demo shows a download (authorised on every request). */
    private static final app.tandem.progress.NewUpdate.NewAttachment FIGURES = new app.tandem.progress.NewUpdate.NewAttachment(
            "ehc-needs-assessments-within-20-weeks.csv",
            "month,assessments finished,within 20 weeks\nAugust 2025,31,17\nSeptember 2025,28,19\nOctober 2025,34,27\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @EventListener
    void on(DemoAreaLoaded loaded) {
        if (!loaded.slug().equals("northmere")) {
            return;
        }
        long started = System.nanoTime();
        long planId = plans.listPlans().getFirst().id();
        Map<Long, PersonSummary> staff = access.staff().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<ActionRow> rows = plans.findActions(planId, ActionFilter.none(), 0, 1000);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(2025, 10, 6);
        int step = Math.max(1, rows.size() / 25);
        int count = 0;
        int posted = 0;
        for (int i = 0; i < rows.size() && count < 25; i += step, count++) {
            ActionDetail action = plans.getAction(rows.get(i).id());
            String email = action.leadOfficers().stream().map(p -> staff.get(p.id())).filter(p -> p != null && p.email() != null)
                    .map(PersonSummary::email).findFirst().orElse("admin@northmere.test");
            TandemUser author = (TandemUser) users.loadUserByUsername(email);
            // One to three updates, a few weeks apart; every fifth action's last one is recent.
            int updates = 1 + count % 3;
            LocalDate date = first.plusDays(count * 11L);
            for (int n = 0; n < updates; n++) {
                if (count % 5 == 0 && n == updates - 1) {
                    date = LocalDate.of(2026, 11, 2 + count % 17);
                }
                if (date.isAfter(today)) {
                    break;
                }
                Long statusId = status(action.scheme(), count, n);
                Set<Long> milestones = n == 0 ? action.milestones().stream().filter(m -> m.doneDate() == null)
                        .limit(1).map(m -> m.id()).collect(Collectors.toSet()) : Set.of();
                String[] link = LINKS[(count + n) % LINKS.length];
                NewUpdate update = new NewUpdate("demo-" + action.id() + "-" + n, date,
                        NARRATIVES[(count * 3 + n) % NARRATIVES.length], statusId,
                        List.of(new EvidenceInput(link[0], link[1])), count == 2 && n == 0 ? List.of(FIGURES) : List.of(),
                        count % 4 == 0 ? milestones : Set.of(),
                        null);
                long actionId = action.id();
                DemoData.as(author, () -> progress.post(actionId, update));
                action = plans.getAction(action.id());
                posted++;
                date = date.plusDays(35 + (count % 4) * 20L);
            }
        }
        log.info("Loaded {} demo progress updates in {} ms", posted, (System.nanoTime() - started) / 1_000_000);
    }

    /** Now and then a status change, so the status history has something to show. */
    private static @org.jspecify.annotations.Nullable Long status(List<StatusView> scheme, int count, int n) {
        if (scheme.size() < 2 || (count + n) % 3 != 1) {
            return null;
        }
        List<StatusView> open = scheme.stream().filter(s -> !s.complete()).toList();
        if (count % 7 == 1 && n > 0) {
            return scheme.stream().filter(StatusView::complete).findFirst().map(StatusView::id).orElse(null);
        }
        return open.get((count + n) % open.size()).id();
    }
}

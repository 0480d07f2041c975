package app.tandem.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.ResponseOutcome;
import app.tandem.feedback.TargetKind;
import app.tandem.home.HomeService;
import app.tandem.plan.PlanService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role's home page answers its first question, and only that role's (issue 11). */
class HomeViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Autowired
    FeedbackService feedback;

    @Autowired
    HomeService home;

    @Autowired
    app.tandem.progress.ProgressService progress;

    @Test
    void an_answered_comment_leaves_the_officers_work_and_tops_the_parents_whats_new() {
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        long actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
        String question = "Home check: when will the new waiting list be published? " + UUID.randomUUID();
        long commentId = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                question, false, false, UUID.randomUUID().toString()))).commentId();

        int before = as(NORTHMERE_OFFICER, () -> home.myWork().total());
        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).startsWith("My work: ").endsWith("things to do");
        assertThat(_get(H1.class).getText()).contains(String.valueOf(before));

        as(NORTHMERE_OFFICER, () -> feedback.respond(commentId,
                new OfficialResponse(ResponseOutcome.DONE, "Home check answer: it is published on Friday.", null)));

        assertThat(as(NORTHMERE_OFFICER, () -> home.myWork().total())).isEqualTo(before - 1);
        assertThat(as(NORTHMERE_OFFICER, () -> home.myWork().items()))
                .noneMatch(w -> w.link().endsWith("#comment-" + commentId));
        UI.getCurrent().navigate("my-actions");
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).contains(String.valueOf(before - 1));

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("plans"); // leave home, so it is built again for the new person
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("What's new");
        UnorderedList answers = _find(UnorderedList.class).stream()
                .filter(l -> l.getClassNames().contains("home-answers")).findFirst().orElseThrow();
        ListItem first = (ListItem) answers.getChildren().findFirst().orElseThrow();
        assertThat(first.getElement().getTextRecursively()).contains("Home check answer: it is published on Friday.")
                .contains("your comment was answered on");
        // The answers come before every other section on the page.
        assertThat(_find(H2.class).getFirst().getText()).containsIgnoringCase("answer");
    }

    @Test
    void the_side_navigation_counts_the_officers_things_to_do_and_keeps_the_count_current() {
        TandemUser officer = (TandemUser) userDetailsService.loadUserByUsername(NORTHMERE_OFFICER);
        long actionId = as(NORTHMERE_OFFICER, () -> plans.findActions(plans.listPlans().getFirst().id(),
                TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
        long commentId = as(NORTHMERE_FORUM_MEMBER, () -> feedback.post(new NewComment(TargetKind.ACTION, actionId, null,
                "Badge check: who do I call about transport? " + UUID.randomUUID(), false, false,
                UUID.randomUUID().toString()))).commentId();
        int before = as(NORTHMERE_OFFICER, () -> home.myWork().total());

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("plans");
        assertThat(homeBadge()).isEqualTo(before + " things to do");

        as(NORTHMERE_OFFICER, () -> feedback.respond(commentId,
                new OfficialResponse(ResponseOutcome.DONE, "Badge check answer: the transport team, 0100 000 000.", null)));
        UI.getCurrent().navigate("my-actions");
        assertThat(homeBadge()).isEqualTo((before - 1) + " things to do");

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("plans");
        assertThat(homeBadge()).as("a parent has no count of things owed").isEmpty();
    }

    private static String homeBadge() {
        SideNavItem home = _find(SideNavItem.class).stream().filter(i -> i.getLabel().equals("Home")).findFirst().orElseThrow();
        return home.getSuffixComponent() == null ? "" : home.getSuffixComponent().getElement().getTextRecursively();
    }

    @Autowired
    app.tandem.survey.SurveyService surveys;

    private long openSurvey(app.tandem.survey.Audience audience, String title) {
        return as(NORTHMERE_OFFICER, () -> {
            long planId = plans.listPlans().getFirst().id();
            var survey = surveys.createSurvey(new app.tandem.survey.SurveyViews.SurveyEdit(0, planId, title, audience,
                    null, 4, audience == app.tandem.survey.Audience.YOUNG_PEOPLE));
            var withSection = surveys.addSection(survey.id(), new app.tandem.survey.SurveyViews.SectionEdit(0, "Questions", null));
            surveys.addQuestion(withSection.sections().getFirst().id(), app.tandem.survey.SurveyViews.QuestionEdit.of(
                    app.tandem.survey.QuestionType.YES_NO_NOT_SURE, "Did you know who to ask for help?", true));
            return surveys.createWave(survey.id(), new app.tandem.survey.SurveyViews.WaveEdit(0, "This term", null,
                    java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusDays(20))).id();
        });
    }

    @Test
    void open_surveys_show_as_cards_for_the_people_they_are_for_only() {
        String young = "Your school and you " + UUID.randomUUID().toString().substring(0, 6);
        String parents = "Parents on the local offer " + UUID.randomUUID().toString().substring(0, 6);
        long youngWave = openSurvey(app.tandem.survey.Audience.YOUNG_PEOPLE, young);
        long parentsWave = openSurvey(app.tandem.survey.Audience.PARENTS_CARERS, parents);

        login(NORTHMERE_YOUNG_PERSON);
        UI.getCurrent().navigate("plans");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getText().equals("Start the survey: " + young)
                && a.getHref().equals("surveys/" + youngWave + "/take"));
        assertThat(_find(Anchor.class)).noneMatch(a -> a.getText().contains(parents));
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals("It takes about 4 minutes."));
        assertThat(_find(Paragraph.class)).noneMatch(p -> p.getText().startsWith("There is nothing for you to do"));

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("plans");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getText().equals("Start the survey: " + parents)
                && a.getHref().equals("surveys/" + parentsWave + "/take"));
        assertThat(_find(Anchor.class)).noneMatch(a -> a.getText().contains(young));
    }

    @Test
    void mark_all_as_seen_leaves_an_empty_state_that_teaches() {
        // An update about today, written before the parent marks all as seen, must not stay "new".
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        long actionId = plans.findActions(planId, TestData.ledBy(officer.accountId()), 0, 1).getFirst().id();
        progress.post(actionId, new app.tandem.progress.NewUpdate(UUID.randomUUID().toString(), java.time.LocalDate.now(),
                "Written today, before the parent looked", null, java.util.List.of(), java.util.List.of(),
                java.util.Set.of(), null, false));
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Mark all as seen")));
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals("Nothing new since you last looked."));
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getText().equals("Read the plan"));
        assertThat(_find(Button.class, spec -> spec.withText("Mark all as seen"))).isEmpty();
    }

    @Test
    void a_young_person_sees_only_things_for_them_in_easy_read() {
        login(NORTHMERE_YOUNG_PERSON);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Things for you");
        boolean surveysOpen = !as(NORTHMERE_YOUNG_PERSON, () -> home.forYou().openSurveys()).isEmpty();
        if (surveysOpen) {
            assertThat(_find(H2.class)).extracting(H2::getText)
                    .containsExactly("Surveys for you", "What changed because young people told us");
        } else {
            assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText()
                    .equals("There is nothing for you to do right now. We will tell you when there is a survey."));
            assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("What changed because young people told us");
        }
        assertThat(_find(Button.class, spec -> spec.withText("Mark all as seen"))).isEmpty();
        assertThat(_find(Anchor.class)).noneMatch(a -> a.getText().contains("highlight report"));
    }

    @Test
    void the_plan_lead_sees_board_readiness_with_the_report_button() {
        login(NORTHMERE_ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Board readiness");
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().matches("\\d+ of \\d+ actions complete.*"));
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Statuses this period", "Answers to families",
                "Measures");
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getText().equals("Open the highlight report")
                && a.getHref().matches("plans/\\d+/report/\\d+"));
    }

    @Test
    void board_readiness_names_the_measures_with_no_value_this_period() {
        login(NORTHMERE_ADMIN);
        var board = home.boardReadiness().orElseThrow();
        var table = measures.table(board.planId(), board.periodId());
        // Worked out here from the measures page's own table: officer measures without any value this period.
        var expected = table.rows().stream()
                .filter(r -> r.source() == app.tandem.measure.MeasureRules.Source.OFFICER)
                .filter(r -> r.lines().stream().allMatch(l -> l.now() == null))
                .map(r -> r.ref() + ": " + r.indicator()).toList();
        assertThat(board.measureCount()).isEqualTo(table.rows().size()).isPositive();
        assertThat(board.measuresMissing()).isEqualTo(expected);

        UI.getCurrent().navigate("");
        String words = expected.isEmpty() ? "All " + table.rows().size() + " measures have a value for this period."
                : expected.size() + " of " + table.rows().size() + " measures have no value for this period yet:";
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals(words));
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getHref().matches("plans/\\d+/measures"));
    }

    @Autowired
    app.tandem.measure.MeasureService measures;

    @Test
    void a_viewer_sees_the_plan_at_a_glance_and_nothing_to_do() {
        login(NORTHMERE_VIEWER);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("The plan at a glance");
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().matches("\\d+ of \\d+ actions complete\\."));
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getText().equals("Read the plan"));
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Mark all as seen"))).isEmpty();
    }

    @Test
    void an_officer_does_not_see_the_board_panel() {
        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).startsWith("My work");
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain("Statuses this period");
    }
}

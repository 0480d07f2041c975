package app.tandem.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.access.TandemUser;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.SurveySummary;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Results per question: a chart with a table of the same numbers, filters by audience, survey and
 * wave, and the small-numbers rule for people who are not officers (board members here): "fewer
 * than 5" for any figure counting fewer than 5 people, and no breakdown at all for a question
 * fewer than 5 answered. Officers see the exact numbers.
 */
class SurveyResultsViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    PlanService plans;

    @Autowired
    app.tandem.access.CurrentUser currentUser;

    /** A small Northmere survey (no reporting period, so it feeds no measure): 7 yes/no answers, 3 to the second question. */
    record Small(long planId, SurveyDefinition survey, WaveView wave) {}

    Small small() {
        login(NORTHMERE_OFFICER);
        long areaId = currentUser.require().areaId();
        long planId = plans.listPlans().getFirst().id();
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Small numbers " + System.nanoTime(),
                Audience.PRACTITIONERS, null, 2, false));
        long section = surveys.addSection(s.id(), new SectionEdit(0, "All", null)).sections().getFirst().id();
        surveys.addQuestion(section, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE, "Was the training useful?", true));
        s = surveys.addQuestion(section, QuestionEdit.of(QuestionType.YES_NO_NOT_SURE, "Would you go again?", false));
        WaveView w = surveys.createWave(s.id(), new WaveEdit(0, "Pilot", null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10)));
        long q1 = s.questions().get(0).id();
        long q2 = s.questions().get(1).id();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int i = 0; i < 7; i++) {
                Map<Long, Answer> answers = new java.util.HashMap<>();
                answers.put(q1, Answer.choice(i < 5 ? "yes" : "no"));
                if (i < 3) {
                    answers.put(q2, Answer.choice("yes"));
                }
                surveys.submit(new Submission(w.id(), UUID.randomUUID(), answers));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return new Small(planId, s, w);
    }

    @SuppressWarnings("unchecked")
    List<String> cells(Grid<?> grid) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            out.addAll(GridKt._getFormattedRow((Grid<Object>) grid, row));
        }
        return out;
    }

    @Test
    void board_members_see_fewer_than_5_and_officers_see_exact_numbers_each_chart_with_its_table() {
        Small small = small();
        String url = "plans/" + small.planId() + "/survey-results";
        var query = com.vaadin.flow.router.QueryParameters.simple(Map.of("survey", String.valueOf(small.survey().id()), "wave",
                String.valueOf(small.wave().id())));

        UI.getCurrent().navigate(url, query);
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Question 1: Was the training useful?",
                "Question 2: Would you go again?");
        Grid<?> officerTable = _find(Grid.class).getFirst();
        assertThat(cells(officerTable)).containsSubsequence("Yes", "5", "71%", "No", "2", "29%");
        assertThat(_find(Image.class)).as("a chart per answered question").hasSize(2);

        login(NORTHMERE_VIEWER);
        UI.getCurrent().navigate(url, query);
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "To protect people’s privacy, any number below 5 shows as “fewer than 5”."))).hasSize(1);
        Grid<?> sharedTable = _find(Grid.class).getFirst();
        assertThat(cells(sharedTable)).containsSubsequence("Yes", "5", "71%", "No", "fewer than 5");
        assertThat(cells(sharedTable)).doesNotContain("2", "29%");
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Fewer than 5 people answered this question, so its answers are not shown."))).hasSize(1);
        assertThat(_find(Grid.class)).as("no table for the withheld question").hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download results (CSV)"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download results (Excel)"))).hasSize(1);
    }

    @Test
    void filters_choose_the_audience_survey_and_wave() {
        Small small = small();
        UI.getCurrent().navigate("plans/" + small.planId() + "/survey-results");

        @SuppressWarnings("unchecked")
        Select<SurveySummary> survey = _get(Select.class, spec -> spec.withLabel("Survey"));
        _setValue(_get(Select.class, spec -> spec.withLabel("Who the survey is for")), Audience.PRACTITIONERS);
        assertThat(survey.getListDataView().getItems()).allMatch(s -> s.audience() == Audience.PRACTITIONERS)
                .anyMatch(s -> s.id() == small.survey().id());
        _setValue(survey, survey.getListDataView().getItems().filter(s -> s.id() == small.survey().id()).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<WaveView> wave = _get(Select.class, spec -> spec.withLabel("Wave"));
        assertThat(wave.getValue().id()).isEqualTo(small.wave().id());
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Question 1: Was the training useful?");

        _setValue(_get(Select.class, spec -> spec.withLabel("Who the survey is for")), Audience.YOUNG_PEOPLE);
        assertThat(survey.getListDataView().getItems()).allMatch(s -> s.audience() == Audience.YOUNG_PEOPLE);
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Question 1: Was the training useful?");
    }

    @Test
    void written_answers_show_once_moderation_lets_them_and_admins_release_held_ones() {
        login(NORTHMERE_ADMIN);
        long areaId = currentUser.require().areaId();
        long planId = plans.listPlans().getFirst().id();
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Written " + System.nanoTime(),
                Audience.PRACTITIONERS, null, 2, false));
        long section = surveys.addSection(s.id(), new SectionEdit(0, "All", null)).sections().getFirst().id();
        s = surveys.addQuestion(section, QuestionEdit.of(QuestionType.LONG_TEXT, "Anything else?", false));
        WaveView w = surveys.createWave(s.id(), new WaveEdit(0, "Pilot", null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10)));
        long q = s.questions().getFirst().id();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            surveys.submit(new Submission(w.id(), UUID.randomUUID(), Map.of(q, Answer.text("More evening sessions please."))));
            surveys.submit(new Submission(w.id(), UUID.randomUUID(), Map.of(q, Answer.text("Call me on 07700 900123 about it."))));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        var query = com.vaadin.flow.router.QueryParameters.simple(Map.of("survey", String.valueOf(s.id())));

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("plans/" + planId + "/survey-results", query);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("More evening sessions please.")))
                .hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("Call me on 07700 900123 about it."))).as("held: not for officers").isEmpty();

        login(NORTHMERE_ADMIN);
        UI.getCurrent().navigate("plans/" + planId + "/survey-results", query);
        assertThat(_find(H3.class, spec -> spec.withText("Written answers held for checking: 1"))).hasSize(1);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Show to everyone")));
        assertThat(_find(H3.class, spec -> spec.withText("Written answers held for checking: 1"))).isEmpty();

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("plans/" + planId + "/survey-results", query);
        assertThat(_find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("Call me on 07700 900123 about it."))).hasSize(1);
    }
}

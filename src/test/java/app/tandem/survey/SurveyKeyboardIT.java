package app.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyViews.SurveyLink;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5, "done when": a young person completes an easy-read survey through its anonymous link by
 * keyboard alone (Tab, Space, Enter; no mouse), with axe-core checking every page on the way,
 * including the page showing an error. The survey is built through the service first.
 */
class SurveyKeyboardIT extends BrowserTestSupport {

    @Autowired SurveyService surveys;
    @Autowired PlanService plans;
    @Autowired JdbcTemplate jdbc;

    <T> T asOfficer(Supplier<T> work) {
        return as("officer@northmere.test", work);
    }

    @Test
    void a_young_person_completes_an_easy_read_survey_by_keyboard_alone() {
        Built b = asOfficer(() -> SurveyFixtures.easyRead(surveys, plans.listPlans().getFirst().id(), "Keyboard survey"));
        SurveyLink link = asOfficer(() -> surveys.openLink(b.wave().id()));

        open("/" + link.path());
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Keyboard survey");
        tabTo("Start now");
        page.keyboard().press("Enter");
        waitFor("Question 1 of 3");

        // Next without an answer: the error is announced and checked by axe too
        tabTo("Next");
        page.keyboard().press("Enter");
        waitFor("There is a problem");
        assertThat(page.locator(".error-summary").textContent()).contains("Choose an answer");

        tabTo("Really happy");
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown"); // arrows move the choice, as in any radio group: now "Happy"
        tabTo("Next");
        page.keyboard().press("Enter");
        waitFor("Question 2 of 3");

        tabTo("Yes");
        page.keyboard().press("Space");
        tabTo("Next");
        page.keyboard().press("Enter");
        waitFor("Question 3 of 3");

        tabTo("field:What would make school better?");
        page.keyboard().type("More quiet places at lunch");
        tabTo("Next");
        page.keyboard().press("Enter");
        waitFor("Check your answers");
        assertThat(page.locator(".check-answers").textContent()).contains("Happy", "Yes", "More quiet places at lunch");

        tabTo("Send my answers");
        page.keyboard().press("Enter");
        waitFor("Thank you!");

        var tally = asOfficer(() -> surveys.tally(b.wave().id(), b.q(1).id()));
        assertThat(tally.respondents()).isOne();
        assertThat(tally.optionCounts()).containsEntry("happy", 1L);
        assertThat(jdbc.queryForList("select account_id from survey_response where wave_id = ?", Object.class,
                b.wave().id())).containsExactly((Object) null);
    }
}

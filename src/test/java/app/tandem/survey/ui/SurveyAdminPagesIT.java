package app.tandem.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The officer's survey pages in a real browser with axe-core on each: the plan's surveys, the
 * builder, results, and the measure form with
 * its survey part; the board member's results page too.
 */
class SurveyAdminPagesIT extends BrowserTestSupport {

    @Test
    void survey_list_builder_results_and_measure_form_pass_axe() {
        signIn("officer@northmere.test");
        open("/plans/1/surveys");
        assertThat(page.getByText("Parents’ and carers’ satisfaction survey").count()).isPositive();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change survey Parents’ and carers’ satisfaction survey"))
                .click();
        arrived();
        assertThat(page.locator("h1").first().textContent()).startsWith("Build survey");
        open("/plans/1/survey-results");
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Survey results");
        open("/plans/1/measures/edit");
        page.getByText("Worked out from a survey’s answers as they arrive").click();
        settle();
        checkAccessibility(page);

        context.clearCookies();
        signIn("viewer@northmere.test");
        open("/plans/1/survey-results");
        assertThat(page.getByText("To protect people’s privacy").count()).isPositive();
    }
}

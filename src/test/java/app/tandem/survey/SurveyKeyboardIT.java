package app.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import app.tandem.SecurityContextStrategy;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyViews.SurveyLink;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5, "done when": a young person completes an easy-read survey through its anonymous link by
 * keyboard alone (Tab, Space, Enter; no mouse), with axe-core checking every page on the way,
 * including the page showing an error. The survey is built through the service first.
 */
class SurveyKeyboardIT extends BrowserTestSupport {

    /** The text of whatever has keyboard focus (the button, radio button or field around it). */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
              if (!e) { return ''; }
              if (e.tagName === 'INPUT' && (e.type === 'radio' || e.type === 'checkbox') && e.labels && e.labels.length) { return e.labels[0].textContent.trim(); }
              const host = e.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field, vaadin-text-area')
                || (e.getRootNode().host) || e;
              if (host.tagName === 'VAADIN-TEXT-FIELD' || host.tagName === 'VAADIN-TEXT-AREA') { return 'field:' + host.label; }
              return (host.textContent || '').trim();
            }""";

    @Autowired SurveyService surveys;
    @Autowired PlanService plans;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext spring;

    <T> T asOfficer(Supplier<T> work) {
        SecurityContextStrategy.useStrategyOf(spring);
        UserDetails officer = users.loadUserByUsername("officer@northmere.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Presses Tab until the focused element's text contains the words, then leaves focus there. */
    void tabTo(String words) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate(FOCUSED);
            if (focused != null && focused.contains(words)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached '" + words + "'");
    }

    void waitFor(String text) {
        page.getByText(text).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        arrived();
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

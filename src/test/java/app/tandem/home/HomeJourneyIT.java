package app.tandem.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signed in as each demo account, the first screen answers that role's question (issue 11), passes
 * axe-core at desktop width and again at 320 px, and does not scroll sideways on a phone.
 */
class HomeJourneyIT extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} lands on \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "admin@northmere.test   | Board readiness",
        "officer@northmere.test | My work",
        "parent@northmere.test  | What's new",
        "young@northmere.test   | Things for you",
        "viewer@northmere.test  | The plan at a glance",
    })
    void eachRoleLandsOnItsOwnHome(String email, String heading) {
        signIn(email); // runs axe on the landing page at 1280 px
        assertEquals("/", currentPath(), "lands on home, not " + currentPath());
        assertThat(page.locator("h1")).containsText(heading);
        assertThat(page.locator("h1")).hasCount(1);

        page.setViewportSize(320, 720);
        open("/"); // axe again, at phone width
        assertThat(page.locator("h1")).containsText(heading);
        Object sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(((Number) sideways).intValue() <= 1, "no sideways scrolling at 320 px, but " + sideways + " px");
    }

    @org.junit.jupiter.api.Test
    void aParentCanMarkEverythingSeenAndIsToldWhatWillShowHere() {
        signIn("parent@northmere.test");
        Page p = page;
        var markSeen = p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as seen"));
        if (markSeen.count() > 0) { // absent when nothing is new already
            markSeen.click();
        }
        assertThat(p.getByText("Nothing new since you last looked.")).isVisible();
        assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the plan"))).isVisible();
        checkAccessibility(p);
    }
}

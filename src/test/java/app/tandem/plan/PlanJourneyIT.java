package app.tandem.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plan journeys in a real browser, with axe-core on every page: an officer edits an action
 * they lead, filtering, keyboard-only sign-in, what a forum member may not do, the public pages,
 * and stored text that looks like HTML staying text (quality bar BI-1, PR-4).
 *
 * <p>The Spring context (and its in-memory demo database) is shared by the tests in this class,
 * so each test changes a different action.
 */
class PlanJourneyIT extends BrowserTestSupport {

    /** 1.2b, led by officer@northmere.test (Daniel Okafor, NMC). */
    static final String FUNDING_PANEL = "Set up a joint funding panel for children with complex needs";
    /** 1.2c, led by someone else. */
    static final String EQUIPMENT = "Jointly recommission the children's equipment service";
    /** 2.1a, led by the officer; the forum member looks at it. */
    static final String BACKLOG = "Clear the backlog of overdue EHC needs assessments";
    /** 1.3a, led by the admin; the admin writes the XSS payload into it. */
    static final String BOARD = "Set up the SEND Improvement Board with an independent chair";

    static final String XSS = "<img src=x onerror=window.__xss=1><script>window.__xss=1</script>";

    @Test
    void officerEditsTheTitleOfAnActionTheyLead() {
        signIn("officer@northmere.test");
        // Home is the officer's own work now (issue 11), not the plan.
        assertEquals("/", currentPath(), "lands on home, not " + currentPath());
        assertThat(page.locator("h1")).containsText("My work");
        openThePlan();

        search("funding panel");
        actionLink(FUNDING_PANEL).click();
        page.waitForURL(Pattern.compile(".*/actions/\\d+$"));
        arrived();
        long actionId = idIn(currentPath());
        assertThat(page.locator("h1")).containsText(FUNDING_PANEL);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this action")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "/edit$"));
        arrived();

        String newTitle = "Set up a joint funding panel, with the parent carer forum on it";
        Locator title = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Action").setExact(true));
        title.fill(newTitle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "$"));
        assertThat(page.getByText("Your changes are saved.")).isVisible();
        arrived();
        assertThat(page.locator("h1")).containsText(newTitle);
    }

    @Test
    void searchingNarrowsTheListOfActions() {
        signIn("viewer@northmere.test");
        assertThat(page.locator("h1")).hasText("The plan at a glance");
        openThePlan();
        search("equipment service");
        assertThat(page.locator(".result-count")).hasText("Showing 1 action");
        assertThat(actionLink(EQUIPMENT)).isVisible();
        assertThat(actionLink(FUNDING_PANEL)).hasCount(0);
        settle();
        checkAccessibility(page);
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        open("/login");
        // The login page has no repeated blocks before the form, and the form puts the cursor in
        // the e-mail field, so a keyboard user starts typing straight away.
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail address"))).isFocused();
        page.keyboard().type("officer@northmere.test");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))).isFocused();
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        // Signing in lands on the officer's home (issue 11), which has the same skip link.
        page.waitForURL(url -> !url.contains("/login"));
        arrived();
        String planPath = currentPath();
        assertEquals("/", planPath, "lands on home, not " + planPath);

        page.keyboard().press("Tab");
        assertEquals("Skip to main content", focusedText(), "the skip link is the first thing Tab reaches");
        page.keyboard().press("Enter");
        settle();
        assertEquals(planPath, currentPath(), "the skip link stays on the page");
        assertEquals("main-content", page.evaluate("() => document.activeElement.id"),
                "the skip link moves focus to the main content");
    }

    @Test
    void aForumMemberSeesThePlanButCannotEditActions() {
        signIn("parent@northmere.test");
        // Home is "what's new" for a parent now (issue 11), not the plan.
        assertEquals("/", currentPath(), "lands on home, not " + currentPath());
        assertThat(page.locator("h1")).hasText("What's new");
        openThePlan();

        search("backlog of overdue");
        actionLink(BACKLOG).click();
        page.waitForURL(Pattern.compile(".*/actions/\\d+$"));
        arrived();
        long actionId = idIn(currentPath());
        assertThat(page.locator("h1")).containsText(BACKLOG);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this action"))).hasCount(0);

        open("/actions/" + actionId + "/edit");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Action").setExact(true)))
                .hasCount(0);
        // Vaadin reports a route the role may not open as not found, so nothing about it leaks.
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void publicPagesAreAccessibleWithoutSigningIn() {
        open("/accessibility");
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        open("/privacy");
        assertThat(page.locator("h1")).hasText("Privacy notice");
    }

    @Test
    void htmlInATitleIsShownAsText() {
        signIn("admin@northmere.test");
        assertThat(page.locator("h1")).hasText("Board readiness");
        long planPathId = openThePlan();

        search("independent chair");
        actionLink(BOARD).click();
        page.waitForURL(Pattern.compile(".*/actions/\\d+$"));
        arrived();
        long actionId = idIn(currentPath());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this action")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "/edit$"));
        arrived();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Action").setExact(true)).fill(XSS);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "$"));
        arrived();

        assertThat(page.locator("h1")).containsText(XSS);
        assertTrue(page.title().contains(XSS), "the browser tab title shows the text too: " + page.title());
        assertNoInjectedElements();
        assertNoScriptRan();

        // A fresh load of both pages, so nothing is left over from the edit round trip.
        open("/actions/" + actionId);
        assertThat(page.locator("h1")).containsText(XSS);
        assertNoInjectedElements();
        assertNoScriptRan();

        open("/plans/" + planPathId);
        search("onerror");
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(XSS).setExact(true));
        assertThat(link).isVisible();
        assertNoInjectedElements();
        settle();
        checkAccessibility(page);
        assertNoScriptRan();
    }

    /** The payload's own elements exist nowhere in the page (Playwright's CSS pierces shadow roots). */
    private void assertNoInjectedElements() {
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertEquals(Boolean.FALSE, page.evaluate(
                "() => [...document.querySelectorAll('script')].some(s => s.textContent.includes('__xss'))"),
                "the payload's <script> is in the page");
    }

    private void assertNoScriptRan() {
        assertEquals("undefined", page.evaluate("() => typeof window.__xss"), "an injected script ran");
    }

    /**
     * A link whose name contains this text. (Not a {@code Pattern.quote} regex: Playwright hands
     * patterns to JavaScript, which has no {@code \Q...\E}.)
     */
    private Locator actionLink(String titleText) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titleText));
    }

    /** Types into "Search actions"; the grid only renders the rows in view, so journeys search rather than scroll. */
    private void search(String text) {
        Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search actions"));
        search.fill(text);
        search.press("Enter");
    }

    private String focusedText() {
        return (String) page.evaluate("() => (document.activeElement && document.activeElement.textContent || '').trim()");
    }

    /** Home (`/`) answers each role's own question; the plan is one click away in the list of plans. */
    private long openThePlan() {
        open("/plans");
        page.locator(".card-list a").first().click();
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        arrived();
        return idIn(currentPath());
    }
}

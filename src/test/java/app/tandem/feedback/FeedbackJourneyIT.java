package app.tandem.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's "done when", in a real browser with axe-core on every page: a parent comments on an
 * action, the lead officer finds it under "awaiting my response" and answers, the parent sees the
 * answer; a comment holding a phone number is seen only by its author and the moderators; comments
 * that look like HTML stay text on every page that shows comments (quality bar BI-1, PR-1, PR-4).
 */
class FeedbackJourneyIT extends BrowserTestSupport {

    /** 2.1a, led by officer@northmere.test (Daniel Okafor). */
    static final String BACKLOG = "Clear the backlog of overdue EHC needs assessments";

    static final String XSS = "<img src=x onerror=window.__xss=1><script>window.__xss=1</script>";

    @Test
    void parentCommentsOfficerAnswersParentSeesTheAnswer() {
        String said = "Journey check: how will parents hear when the backlog is cleared?";
        String phone = "Journey check: please ring me on 07700 900123 about my son. " + XSS;
        String xssAnswered = "Journey answered " + XSS;
        String xssWaiting = "Journey waiting " + XSS;

        // A parent comments, as a new user would: find the action, write, post.
        signIn("parent@northmere.test");
        long actionId = openBacklog();
        post(said);
        assertThat(page.getByText("The lead officer will answer by").first()).isVisible();
        post(phone);
        assertThat(page.getByText("A moderator will check your comment before others can see it.")).isVisible();
        assertThat(comment("07700 900123")).containsText("Only you can see this: it is waiting for a moderator");
        post(xssAnswered);
        post(xssWaiting);
        settle();
        checkAccessibility(page);
        assertNoScriptRan();

        // The lead officer sees the comments on "awaiting my response", but never the held one.
        switchTo("officer@northmere.test");
        open("/responses");
        assertThat(page.locator("h1")).hasText("Comments awaiting my response");
        assertThat(page.getByText(said)).isVisible();
        assertThat(page.getByText(xssWaiting)).isVisible();
        assertFalse(page.content().contains("07700"), "the held comment is not on the officer's list");
        assertNoScriptRan();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BACKLOG)).first().click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "$"));
        arrived();
        assertFalse(page.content().contains("07700"), "the held comment is not on the officer's action page");
        answer(said, "We will write to every family on the waiting list when it is cleared.");
        answer(xssAnswered, "Answered " + XSS);
        assertThat(comment(said)).containsText("Official response: Done");
        settle();
        checkAccessibility(page);
        assertNoScriptRan();

        // Another forum member does not see the held comment either.
        switchTo("forum.member2@northmere.test");
        open("/actions/" + actionId);
        assertThat(comment(said)).containsText("We will write to every family");
        assertFalse(page.content().contains("07700"), "the held comment is not shown to other members");
        assertNoScriptRan();

        // The parent sees the answer, and still sees their held comment as waiting.
        switchTo("parent@northmere.test");
        open("/actions/" + actionId);
        assertThat(comment(said)).containsText("Official response: Done");
        assertThat(comment(said)).containsText("We will write to every family on the waiting list when it is cleared.");
        assertThat(comment("07700 900123")).containsText("waiting for a moderator");
        assertTextNotHtml();

        // "You said, we did" shows the answered payload as text.
        long planId = planOf();
        open("/plans/" + planId + "/you-said-we-did");
        assertThat(page.getByText(xssAnswered).first()).isVisible();
        assertFalse(page.content().contains("07700"), "held comments are not on 'you said, we did'");
        assertTextNotHtml();

        // A moderator sees the held comment, as text.
        switchTo("admin@northmere.test");
        open("/moderation");
        assertThat(page.getByText(phone).first()).isVisible();
        assertTextNotHtml();
    }

    @Test
    void plainWordsForParentsAndTheForumsOwnRating() {
        // The lead officer writes a plain-English summary and sees how readable it is as they type.
        signIn("officer@northmere.test");
        long actionId = openBacklog();
        long planId = planOf();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this action")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "/edit$"));
        arrived();
        String summary = "Every family waiting for an EHCP will hear from us within 20 weeks. We will tell you why if it takes longer.";
        Locator field = page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Plain-English summary for parents"));
        field.fill(summary);
        field.blur();
        assertThat(page.locator(".readability").first()).containsText("Plain English");
        settle();
        checkAccessibility(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "$"));
        arrived();
        assertThat(page.locator(".plain-summary")).containsText("within 20 weeks");

        // The forum's representative reads it first, with the acronym explained, and rates the action.
        switchTo("forum.chair@northmere.test");
        open("/actions/" + actionId);
        assertThat(page.locator(".plain-summary")).containsText("within 20 weeks");
        Locator abbr = page.locator(".plain-summary abbr").first();
        assertThat(abbr).hasText("EHCP");
        assertTrue(abbr.getAttribute("title").startsWith("Education, health and care plan"), abbr.getAttribute("title"));
        assertThat(page.locator(".plain-summary .visually-hidden").first()).hasText(" (Education, health and care plan)");

        String officers = page.locator(".forum-rating").getByText("Officers’ status:").textContent()
                .replace("Officers’ status:", "").strip();
        page.locator("#forum-rating-status").click();
        Locator options = page.getByRole(AriaRole.OPTION);
        options.first().waitFor();
        Locator other = null;
        for (int i = 0; i < options.count(); i++) {
            String text = options.nth(i).textContent().strip();
            if (!text.isEmpty() && !text.startsWith(officers)) {
                other = options.nth(i);
                break;
            }
        }
        assertTrue(other != null, "a status other than the officers' " + officers);
        other.click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Why the forum rates it so (shown to everyone)")).fill("Families tell us they still wait. " + XSS);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the forum’s rating")).click();
        assertThat(page.getByText("The forum’s rating is saved.")).isVisible();
        assertThat(page.locator(".rating-disagrees")).hasText(Pattern.compile("The forum disagrees with the officers’ status"));
        settle();
        checkAccessibility(page);
        assertTextNotHtml();

        // An admin finds the disagreement in the highlight report, and the new admin pages pass axe.
        switchTo("admin@northmere.test");
        open("/plans/" + planId + "/periods");
        String report = page.locator("a[href*='/report/']").last().getAttribute("href");
        open("/" + report.replaceFirst("^/", ""));
        assertThat(page.locator(".forum-disagreements")).containsText(BACKLOG);
        assertThat(page.locator(".forum-disagreements")).containsText("Families tell us they still wait.");
        assertTextNotHtml();
        open("/admin/feedback");
        assertThat(page.locator("h1")).hasText("Comment settings");
        open("/moderation/audit");
        assertThat(page.locator("h1")).hasText("Moderation decisions");
        open("/admin/glossary");
        assertThat(page.locator("h1")).hasText("Glossary of acronyms");
    }

    // ---------------------------------------------------------------------------------------------

    /** Signs out by forgetting the session cookie, then signs in as someone else. */
    private void switchTo(String email) {
        context.clearCookies();
        signIn(email);
    }

    private long openBacklog() {
        if (!currentPath().matches("/plans/\\d+")) {
            openThePlan();
        }
        Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search actions"));
        search.fill("backlog of overdue");
        search.press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BACKLOG)).click();
        page.waitForURL(Pattern.compile(".*/actions/\\d+$"));
        arrived();
        return idIn(currentPath());
    }

    private long planOf() {
        Locator back = page.locator("a[href^='plans/']").first();
        String href = back.getAttribute("href");
        var m = Pattern.compile("plans/(\\d+)").matcher(href);
        assertTrue(m.find(), "a link back to the plan: " + href);
        return Long.parseLong(m.group(1));
    }

    private void post(String text) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your comment").setExact(true)).fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(comment(text)).isVisible();
    }

    private Locator comment(String text) {
        return page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private void answer(String said, String response) {
        comment(said).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Give official response")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Done").setExact(true)).check();
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Your response, in plain words"))
                .fill(response);
        settle();
        checkAccessibility(page);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish response")).click();
        assertThat(page.getByText("Your official response is published.")).isVisible();
    }

    private void assertTextNotHtml() {
        assertFalse((Boolean) page.evaluate("() => !!document.querySelector('img[src=x]')"), "an injected image");
        assertFalse((Boolean) page.evaluate(
                "() => [...document.querySelectorAll('script')].some(s => s.textContent.includes('__xss'))"),
                "an injected script element");
        assertNoScriptRan();
    }

    private void assertNoScriptRan() {
        assertEquals("undefined", page.evaluate("() => typeof window.__xss"), "an injected script ran");
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

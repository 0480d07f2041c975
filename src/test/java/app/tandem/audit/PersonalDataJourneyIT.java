package app.tandem.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 10's "done when" for PR-3 and AU-1 in a real browser, axe on every page: an admin exports
 * and erases the demo parent, then finds both in the audit trail; the parent can no longer sign
 * in (their address is gone, so the attempt names no account and is only counted in the log). It erases a demo account, so its Spring context
 * (and database) is thrown away after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PersonalDataJourneyIT extends BrowserTestSupport {

    @Test
    void anAdminExportsAndErasesTheDemoParentAndSeesBothInTheAuditTrail() throws Exception {
        signIn("admin@northmere.test");
        open("/admin/people");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Personal data for Priya Lindqvist")).click();
        assertThat(page.getByText("Download everything Tandem holds about this person")).isVisible();
        arrived();

        Download json = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download as JSON (for other systems)")).click());
        String exported = Files.readString(json.path(), StandardCharsets.UTF_8);
        assertThat(exported).contains("parent@northmere.test").contains("Priya Lindqvist").contains("\"Comments\"");
        assertThat(json.suggestedFilename()).startsWith("tandem-personal-data-").endsWith(".json");
        Download html = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download as a web page (to send to the person)")).click());
        assertThat(Files.readString(html.path(), StandardCharsets.UTF_8)).contains("What Tandem holds about Priya Lindqvist");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase this account")).click();
        assertThat(page.getByText("This cannot be undone.", new Page.GetByTextOptions().setExact(false))).isVisible();
        arrived();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, erase Priya Lindqvist")).click();
        assertThat(page.getByText("The account was erased.")).isVisible();
        assertThat(page.getByText("Priya Lindqvist")).hasCount(0);

        open("/admin/audit");
        var grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Account erased").first()).isVisible();
        assertThat(grid.getByText("Personal data exported").first()).isVisible();
        assertThat(grid.getByText("A former forum member").first()).isVisible();
        assertThat(page.getByText("Priya Lindqvist")).hasCount(0);

        // The erased parent cannot sign in.
        context.clearCookies();
        open("/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail address")).fill("parent@northmere.test");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.url()).contains("/login");
    }
}

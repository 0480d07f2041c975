package app.tandem.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's "done when", tried as new people would, in a real browser with axe-core on every page:
 * an officer posts an update that changes the status of an action they lead; the admin finds it in
 * the highlight report of the open period (found from the plan page), closes the period after the
 * check, reads "N completed (M at the previous period)", downloads the report as PDF and XLSX, and
 * publishes the plan; someone not signed in then reads the public page, which shows the action and
 * the update but no risk, also at phone width.
 */
class ReportJourneyIT extends BrowserTestSupport {

    /** 2.1b, led by officer@northmere.test; no other browser test changes it. */
    static final String COORDINATOR = "Give every family a named EHC coordinator";
    /** The demo's open period; the one before it is closed. */
    static final String OPEN_PERIOD = "Nov 2026 update";
    static final String PREVIOUS_PERIOD = "Aug 2026 update";
    static final String WORDS = "Report journey: every family on the waiting list now has a named coordinator.";

    @Test
    void anOfficersUpdateReachesTheBoardsReportThePdfAndThePublicPage() throws IOException {
        // An officer posts an update with a status change on an action they lead.
        signIn("officer@northmere.test");
        long planId = openThePlan();
        search("named EHC coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(COORDINATOR)).click();
        page.waitForURL(Pattern.compile(".*/actions/\\d+$"));
        arrived();
        long actionId = idIn(currentPath());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Post an update")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "/update$"));
        arrived();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What happened")).fill(WORDS);
        page.locator("#field-statusId").click();
        String keep = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Keep it as it is"))).textContent();
        String target = keep.contains("(Blue)") ? "Red" : "Blue";
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + target + " "))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the update")).click();
        page.waitForURL(Pattern.compile(".*/actions/" + actionId + "$"));
        arrived();
        assertThat(page.locator(".progress-update").first()).containsText(WORDS);

        // The admin finds the report from the plan page and sees the action's new status.
        context.clearCookies();
        signIn("admin@northmere.test");
        open("/plans/" + planId);
        Locator links = page.locator(".report-links");
        assertThat(links.getByRole(AriaRole.HEADING)).hasText("Reports and periods");
        keep(links.screenshot(), "plan-report-links.png");
        links.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Highlight report: " + OPEN_PERIOD)).click();
        page.waitForURL(Pattern.compile(".*/plans/" + planId + "/report/\\d+$"));
        arrived();
        Locator row = actionRow();
        assertThat(row).containsText(target);
        assertThat(row).containsText("Latest update");
        assertThat(row).containsText(WORDS);
        download("Download the report (PDF)", ".pdf", "report-open.pdf");

        // The admin closes the period after the check, and reads the board's wording.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to reporting periods")).click();
        page.waitForURL(Pattern.compile(".*/plans/" + planId + "/periods$"));
        arrived();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close " + OPEN_PERIOD)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("You cannot reopen a closed period.");
        settle();
        checkAccessibility(page);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the period")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText(OPEN_PERIOD + " is closed.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the report for " + OPEN_PERIOD)).click();
        page.waitForURL(Pattern.compile(".*/plans/" + planId + "/report/\\d+$"));
        arrived();
        assertThat(page.locator(".headline")).hasText(Pattern.compile(
                "^\\d+ completed \\(\\d+ at " + PREVIOUS_PERIOD + "\\), out of \\d+ actions\\.$"));
        assertThat(page.locator("ul.tallies li").filter(new Locator.FilterOptions().setHasText("Blue")))
                .hasText(Pattern.compile("^\\d+ Blue \\(\\d+ at " + PREVIOUS_PERIOD + "\\)$"));
        assertThat(actionRow()).containsText(target);
        keep(page.screenshot(new Page.ScreenshotOptions().setFullPage(false)), "highlight-report-closed.png");

        // The report downloads as a real PDF (text, not an image) and as a spreadsheet.
        byte[] pdf = download("Download the report (PDF)", ".pdf", "report-closed.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Highlight report: " + OPEN_PERIOD).containsPattern(
                    "\\d+ completed \\(\\d+ at " + PREVIOUS_PERIOD + "\\)").contains("Report journey: every family");
        }
        byte[] xlsx = download("Download the report (spreadsheet)", ".xlsx", "report-closed.xlsx");
        download("Priority 2 evidence pack (PDF)", ".pdf", "evidence-2.pdf");
        download("Priority 2 evidence pack (spreadsheet)", ".xlsx", "evidence-2.xlsx");
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
        assertThat(xlsx[1]).isEqualTo((byte) 'K');

        // The admin publishes the plan (the demo plan starts published: take it down, then publish).
        open("/plans/" + planId);
        page.locator(".report-links").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Publish"))).click();
        page.waitForURL(Pattern.compile(".*/plans/" + planId + "/periods#publication$"));
        arrived();
        Locator stop = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop publishing the plan"));
        if (stop.count() > 0) {
            stop.click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the plan")).click();
        assertThat(page.locator(".publication")).containsText("The plan is published");
        String publicPath = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the public page"))
                .getAttribute("href");
        settle();
        checkAccessibility(page);

        // Anyone, not signed in, reads the public page: the action and its update, never a risk.
        context.clearCookies();
        open("/" + publicPath.replaceFirst("^/", ""));
        assertThat(page.locator("h1")).hasText(Pattern.compile("SEND"));
        assertThat(page.locator("body")).containsText(COORDINATOR);
        assertThat(page.locator("body")).containsText(WORDS);
        assertThat(page.locator("body")).not().containsText("There is a risk");
        page.setViewportSize(320, 800);
        settle();
        checkAccessibility(page);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at 320 px").isLessThanOrEqualTo(0);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("public-plan-320.png")).setFullPage(false));
    }

    private static void keep(byte[] png, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
    }

    private Locator actionRow() {
        return page.locator("table.report-actions tr").filter(new Locator.FilterOptions().setHasText(COORDINATOR));
    }

    /** Follows a download link and keeps the file in target/screenshots for a person to look at. */
    private byte[] download(String linkName, String extension, String keepAs) throws IOException {
        Download d = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(linkName).setExact(true)).click());
        assertThat(d.suggestedFilename()).endsWith(extension);
        byte[] bytes = Files.readAllBytes(d.path());
        assertThat(bytes).isNotEmpty();
        Path saved = Path.of("target", "screenshots", keepAs);
        Files.createDirectories(saved.getParent());
        Files.write(saved, bytes);
        return bytes;
    }

    /** Types into "Search actions": the grid renders only the rows in view. */
    private void search(String text) {
        Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search actions"));
        search.fill(text);
        search.press("Enter");
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

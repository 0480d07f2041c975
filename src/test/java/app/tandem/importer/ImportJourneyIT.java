package app.tandem.importer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The "done when" in a real browser, with axe on every page: an admin imports the
 * seed-000 workbook without retyping, finds its actions on the plan page, and can export it.
 * It creates a second Northmere plan, so its Spring context (and database) is thrown away after
 * the class: other journeys expect the demo area's single plan as the landing page.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportJourneyIT extends BrowserTestSupport {

    @Test
    void adminImportsTheBarnetWorkbookAndFindsItsActionsOnThePlanPage() {
        signIn("admin@northmere.test");
        open("/admin/import");

        page.locator("vaadin-upload input[type=file]").setInputFiles(
                Path.of("src/test/resources/importer/barnet-000-improvement-plan.xlsx"));
        assertThat(page.getByText("Read barnet-000-improvement-plan.xlsx")).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title of the new plan"))
                .fill("Barnet inspection improvement plan (import check)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the rows")).click();
        assertThat(page.getByText("20 actions")).isVisible();
        arrived();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the plan")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the plan")).click();
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        arrived();
        assertThat(page.getByText("WH recruiting to vacant posts")).isVisible();
        assertThat(page.getByText("NCL hub developed to manage backlog in ASD diagnosis")).isVisible();

        open("/admin/export");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download Barnet inspection improvement plan (import check) as Excel (XLSX)"))).isVisible();
    }
}

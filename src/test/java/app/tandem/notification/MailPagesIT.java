package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail pages in a real browser, each checked with axe (WCAG 2.2 AA): a parent's e-mail
 * settings with the monthly opt-in, the admin's outgoing mail, and the unsubscribe page reached
 * from a mail without signing in, with a good link and a broken one.
 */
class MailPagesIT extends BrowserTestSupport {

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_parent_sees_their_email_settings_with_the_monthly_digest_off_until_they_opt_in() {
        signIn("parent@northmere.test");
        open("/my-email");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .contains("My e-mail settings");
        assertThat(page.getByText("Once a month: what changed in the plan").count()).isPositive();
        assertThat(page.content()).doesNotContain("Safeguarding alerts");
    }

    @Test
    void an_admin_sees_outgoing_mail() {
        signIn("admin@northmere.test");
        open("/admin/outgoing-mail");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .contains("Outgoing mail");
    }

    @Test
    void the_unsubscribe_page_works_without_signing_in_for_a_good_link_and_explains_a_broken_one() {
        long accountId = jdbc.queryForObject("select id from account where email = 'officer@northmere.test'", Long.class);
        long areaId = jdbc.queryForObject("select area_id from account where id = ?", Long.class, accountId);
        String token = tokens.tokenFor(accountId, areaId, MailKind.MODERATION);
        try {
            open("/unsubscribe?t=" + token);
            assertThat(page.locator("h1").textContent()).isEqualTo("E-mail settings");
            assertThat(page.getByText("Done. We will not e-mail you about").count()).isPositive();
            assertThat(jdbc.queryForObject("select frequency from notification_preference where account_id = ? and kind = ?",
                    String.class, accountId, MailKind.MODERATION.name())).isEqualTo("OFF");

            open("/unsubscribe?t=made.up");
            assertThat(page.getByText("This link does not work").count()).isPositive();
        } finally {
            jdbc.update("delete from notification_preference where account_id = ? and kind = ?", accountId,
                    MailKind.MODERATION.name());
        }
    }
}

package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * RFC 8058 over real HTTP: a mail client POSTs to the List-Unsubscribe link with no session and
 * no CSRF token. The signed token alone turns that kind of mail off; anything else is refused.
 */
class OneClickUnsubscribeIT extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_mail_clients_one_click_post_turns_the_kind_off() {
        long accountId = jdbc.queryForObject("select id from account where email = 'officer@northmere.test'", Long.class);
        long areaId = jdbc.queryForObject("select area_id from account where id = ?", Long.class, accountId);
        String token = new UnsubscribeTokens("test-secret-not-for-production", "/tmp", Clock.systemUTC())
                .tokenFor(accountId, areaId, MailKind.NEW_COMMENT);

        APIResponse response = context.request().post(url("/unsubscribe?t=" + token),
                RequestOptions.create().setHeader("Content-Type", "application/x-www-form-urlencoded")
                        .setData("List-Unsubscribe=One-Click").setMaxRedirects(0));

        assertThat(response.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select frequency from notification_preference where account_id = ? and kind = ?",
                String.class, accountId, MailKind.NEW_COMMENT.name())).isEqualTo("OFF");
    }

    @Test
    void a_made_up_token_is_refused_and_changes_nothing() {
        long before = jdbc.queryForObject("select count(*) from notification_preference", Long.class);
        APIResponse response = context.request().post(url("/unsubscribe?t=made.up"),
                RequestOptions.create().setData("List-Unsubscribe=One-Click").setMaxRedirects(0));
        assertThat(response.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isEqualTo(before);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

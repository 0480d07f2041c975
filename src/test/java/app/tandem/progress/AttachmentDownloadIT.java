package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence files over real HTTP (quality bar AC-6): authorised on every download, never by a secret
 * URL. Service tests cannot see what the web security chain does to a plain endpoint: the first
 * version of this download answered 403 to everyone because Vaadin denies non-Vaadin paths.
 */
class AttachmentDownloadIT extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    long attachmentId;

    @BeforeEach
    void findTheDemoAttachment() {
        attachmentId = jdbc.queryForObject("select min(id) from progress_attachment", Long.class);
    }

    @Test
    void someone_in_the_area_downloads_the_file_as_an_attachment() {
        signIn("viewer@northmere.test");
        APIResponse file = context.request().get(url("/attachments/" + attachmentId));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition")).startsWith("attachment;");
        assertThat(file.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(file.body()).isNotEmpty();
    }

    @Test
    void another_areas_officer_gets_not_found() {
        signIn("officer@eastbrook.test");
        APIResponse file = context.request().get(url("/attachments/" + attachmentId));
        assertThat(file.status()).isEqualTo(404);
        assertThat(file.text()).doesNotContain(",");
    }

    @Test
    void nobody_signed_in_is_sent_to_sign_in() {
        APIResponse file = context.request().get(url("/attachments/" + attachmentId),
                RequestOptions.create().setMaxRedirects(0));
        assertThat(file.status()).isEqualTo(302);
        assertThat(file.headers().get("location")).contains("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

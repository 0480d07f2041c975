package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words a browser shows when the server no longer knows its page (timed out, or its node in a
 * cluster gone): plain English, not Vaadin's silent reload. The running service is asked, so the
 * test fails if the provider is not installed as well as if the words change.
 */
class ReloadMessagesTest extends KaribuTest {

    @Test
    void a_page_the_server_no_longer_knows_says_to_reload_and_that_saved_answers_are_kept() {
        SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.UK, VaadinRequest.getCurrent());

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("This page needs to be reloaded");
        assertThat(messages.getSessionExpiredMessage())
                .isEqualTo("Select this message or press Esc to reload and carry on. If you were signed in, your saved answers are kept.");
        assertThat(messages.getSessionExpiredURL()).as("reload the same page").isNull();
        assertThat(messages.getInternalErrorCaption()).isEqualTo("Sorry, something went wrong");
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("Cookies are turned off");
    }

    @Test
    void every_locale_a_browser_reports_gets_the_same_english_words() {
        SystemMessages french = VaadinService.getCurrent().getSystemMessages(Locale.FRANCE, VaadinRequest.getCurrent());

        assertThat(french.getSessionExpiredCaption()).isEqualTo("This page needs to be reloaded");
        assertThat(french.getSessionExpiredMessage()).doesNotStartWith("!");
    }
}

package app.tandem.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the browser says when the server no longer knows its page: the session timed out, or (in a
 * cluster) the node holding the page stopped and the balancer sent the next request to another
 * node. Vaadin's default reloads without a word, which looks like the survey or form vanished; we
 * say in plain English that the page needs reloading, and that a signed-in person's saved answers
 * are kept. Selecting the message (or pressing Esc) reloads the same address. The words are sent
 * with every page's start-up settings ({@code sessExpMsg}), so the browser has them even when the
 * server that gave them is gone.
 */
@Component
class ReloadMessages implements VaadinServiceInitListener {

    private final I18NProvider words;

    ReloadMessages(I18NProvider words) {
        this.words = words;
    }

    /**
     * Vaadin's client shows those words in a plain box (a click or Esc reloads) that nothing
     * announces and the keyboard cannot reach: this makes it an alert, focuses it, and lets Enter
     * or Space reload too. Inline, as the Content-Security-Policy allows; no build step.
     */
    static final String ANNOUNCE_SCRIPT = """
            document.addEventListener('DOMContentLoaded', function () {
              new MutationObserver(function () {
                document.querySelectorAll('.v-system-error:not([role])').forEach(function (box) {
                  box.setAttribute('role', 'alert');
                  box.tabIndex = 0;
                  box.addEventListener('keydown', function (e) {
                    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); box.click(); }
                  });
                  box.focus();
                });
              }).observe(document.body, { childList: true });
            });""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
        event.addIndexHtmlRequestListener(page -> page.getDocument().head().appendElement("script")
                .appendChild(new org.jsoup.nodes.DataNode(ANNOUNCE_SCRIPT)));
    }

    SystemMessages messages(Locale requested) {
        Locale locale = requested == null ? Locale.UK : requested;
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(words.getTranslation("reload.caption", locale));
        messages.setSessionExpiredMessage(words.getTranslation("reload.message", locale));
        // no URL: reloading goes back to the same page (a signed-in page asks to sign in first)
        messages.setSessionExpiredURL(null);
        messages.setInternalErrorCaption(words.getTranslation("error.title", locale));
        messages.setInternalErrorMessage(words.getTranslation("reload.internalError", locale));
        messages.setCookiesDisabledCaption(words.getTranslation("reload.cookiesCaption", locale));
        messages.setCookiesDisabledMessage(words.getTranslation("reload.cookiesMessage", locale));
        return messages;
    }
}

package app.tandem.notification;

import app.tandem.notification.NotificationViews.Unsubscribed;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * RFC 8058 one-click unsubscribe: a mail client that honours {@code List-Unsubscribe-Post} POSTs
 * to the link in {@code List-Unsubscribe} without anyone signed in. The signed token is the only
 * check, exactly as when a person follows the link (GET, the {@code UnsubscribeView} page).
 */
@Controller
class OneClickUnsubscribe {

    private final NotificationService notifications;

    OneClickUnsubscribe(NotificationService notifications) {
        this.notifications = notifications;
    }

    @PostMapping(path = "/unsubscribe", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "t", required = false) String token) {
        Unsubscribed result = token == null ? null : notifications.unsubscribe(token);
        if (result == null || result.outcome() == NotificationViews.UnsubscribeOutcome.INVALID) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("This link does not work.");
        }
        return ResponseEntity.ok("Done.");
    }
}

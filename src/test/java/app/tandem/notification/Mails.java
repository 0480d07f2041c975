package app.tandem.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Reading what the embedded SMTP server received, for the mail tests. */
final class Mails {

    private Mails() {}

    /** Waits for the outbox's asynchronous listener, up to {@code limit}. */
    static void awaitTrue(BooleanSupplier condition, String what, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    static Predicate<MimeMessage> to(String email) {
        return m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    static String subject(MimeMessage m) {
        try {
            return Objects.requireNonNullElse(m.getSubject(), "");
        } catch (MessagingException e) {
            return "";
        }
    }
}

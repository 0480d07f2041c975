package app.tandem.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links: {@code account.area.kind.expiry} signed with HMAC-SHA256 under a
 * server secret ({@code tandem.mail.token-secret}, or a random one generated into the data dir on
 * first start). A link only ever turns off its own person's own kind; it lasts a year.
 */
@Component
class UnsubscribeTokens {

    static final int VALID_DAYS = 365;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token stands for. */
    record Subject(long accountId, long areaId, MailKind kind) {}

    private final byte[] secret;
    private final Clock clock;

    UnsubscribeTokens(@Value("${tandem.mail.token-secret:}") String configured,
            @Value("${tandem.data-dir:./data}") String dataDir, Clock clock) {
        this.secret = (configured.isBlank() ? generatedSecret(Path.of(dataDir)) : configured)
                .getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    String tokenFor(long accountId, long areaId, MailKind kind) {
        long expires = LocalDate.now(clock).plusDays(VALID_DAYS).toEpochDay();
        String payload = accountId + "." + areaId + "." + kind.name() + "." + expires;
        return B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + B64.encodeToString(mac(payload));
    }

    /** Empty for anything not made here, changed, or expired: the caller shows one neutral message. */
    Optional<Subject> read(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot <= 0 || token.length() > 300) {
                return Optional.empty();
            }
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), given)) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            if (parts.length != 4 || LocalDate.now(clock).toEpochDay() > Long.parseLong(parts[3])) {
                return Optional.empty();
            }
            return Optional.of(new Subject(Long.parseLong(parts[0]), Long.parseLong(parts[1]), MailKind.valueOf(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String generatedSecret(Path dataDir) {
        Path file = dataDir.resolve("mail-token-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = B64.encodeToString(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("The unsubscribe-link secret cannot be kept in " + file, e);
        }
    }
}

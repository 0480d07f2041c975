package app.tandem.base.ui;

import java.security.SecureRandom;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Quality bar BI-7: an unexpected error gets a short reference that the person sees and the log
 * holds beside the full error (and in the MDC as {@code errorRef}), so support can find one from the
 * other. What the person sees is a plain sentence, never the exception.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: easy to read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private ErrorReference() {}

    /** Logs the error under a new reference and returns the reference. */
    public static String log(Throwable error) {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String ref = reference.toString();
        MDC.put("errorRef", ref);
        try {
            log.error("Unexpected error, reference {}", ref, error);
        } finally {
            MDC.remove("errorRef");
        }
        return ref;
    }

    /** The message key for the plain sentence: the database being away gets its own. */
    public static String messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TransactionException || t instanceof DataAccessException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t.getClass().getName().toLowerCase(Locale.ROOT).contains("jdbcconnection")) {
                return "error.database";
            }
        }
        return "error.body";
    }
}

package app.tandem.access;

/** A value that must be unique already exists. The message is a translation key. */
public class DuplicateException extends RuntimeException {
    public DuplicateException(String messageKey) {
        super(messageKey);
    }
}

package app.tandem.importer;

/**
 * A file that is refused before anything is imported: too big, the wrong type, unsafe, or broken.
 * Carries a message key of the importer bundle and its arguments, so the page can say it in words.
 */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UnreadableFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

package app.tandem.base;

/** Someone else saved the same item first; nothing of the second save was written. */
public class EditConflictException extends RuntimeException {
    public EditConflictException(String what) {
        super(what + " was changed by someone else while you were editing it.");
    }
}

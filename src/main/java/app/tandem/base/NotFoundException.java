package app.tandem.base;

/**
 * Asked for something that does not exist in the caller's area. Deliberately the same for "never
 * existed" and "belongs to another area", so ids from other areas reveal nothing.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}

package app.tandem.access;

/**
 * Something happened to an account (quality bar AU-1): published by {@link AccessService} and
 * {@link PersonalDataService} inside the change's transaction, so a listener that records it
 * commits or rolls back with the change. {@code detail} is a short safe note (a role, a count),
 * never a name, address or password.
 */
public record PersonChanged(long areaId, long accountId, Change change, String detail) {

    public enum Change { ADDED, ENABLED, DISABLED, ROLE_CHANGED, DATA_EXPORTED, ERASED }
}

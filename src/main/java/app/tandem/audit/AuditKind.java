package app.tandem.audit;

/** What an audit record is about. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCESS_DENIED,
    PERSON_ADDED,
    PERSON_ENABLED,
    PERSON_DISABLED,
    ROLE_CHANGED,
    MODERATION,
    EXPORT,
    IMPORT,
    PERSONAL_DATA_EXPORT,
    ERASURE,
    DELETION,
    RETENTION
}

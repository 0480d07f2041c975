package app.tandem.survey;

/**
 * Where a free-text answer is in moderation. Text that {@code PersonalDataDetector} flags is HELD
 * until an officer or admin approves it; other text is VISIBLE at once (as comments are).
 * REMOVED text is kept out of every result.
 */
public enum ModerationState {
    VISIBLE,
    HELD,
    REMOVED
}

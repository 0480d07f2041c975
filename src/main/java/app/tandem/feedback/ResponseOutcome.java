package app.tandem.feedback;

/** What an official response says happens. */
public enum ResponseOutcome {
    /** Done. */
    DONE,
    /** We will do this, by a date. */
    WILL_DO,
    /** We can't do this, with the reason. */
    CANNOT,
    /** Answered (a question, not a request). */
    ANSWERED
}

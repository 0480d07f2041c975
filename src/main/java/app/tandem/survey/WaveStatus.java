package app.tandem.survey;

/** Where a wave is, from its dates and today's date. */
public enum WaveStatus {
    /** Opens later. */
    SCHEDULED,
    OPEN,
    /** Its close date has passed: no more answers, the link no longer works. */
    CLOSED
}

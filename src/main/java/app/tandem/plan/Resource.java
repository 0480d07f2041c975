package app.tandem.plan;

/** Whether an action needs additional resource (AR) or is met from existing resource (ER). */
public enum Resource {
    AR,
    ER
}

package app.tandem.notification;

/** How often a person wants a kind of mail. */
public enum Frequency { IMMEDIATELY, DAILY, WEEKLY, MONTHLY, OFF }

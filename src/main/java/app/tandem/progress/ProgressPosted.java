package app.tandem.progress;

/** An officer posted a progress update on an action. For notifications. */
public record ProgressPosted(long areaId, long planId, long actionId, long updateId, long authorAccountId) {}

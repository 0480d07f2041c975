package app.tandem.base;

/**
 * Something was deleted (quality bar AU-1). Any module publishes it inside the deleting
 * transaction; the audit module records it. {@code label} is a short, safe description (an
 * acronym, a milestone's words), never a comment's or an answer's words.
 */
public record Deleted(long areaId, String objectType, long objectId, String label) {}

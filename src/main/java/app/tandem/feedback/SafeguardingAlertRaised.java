package app.tandem.feedback;

/** Words in a comment suggest a risk of harm; the area's safeguarding lead must look. */
public record SafeguardingAlertRaised(long areaId, long alertId, long commentId) {}

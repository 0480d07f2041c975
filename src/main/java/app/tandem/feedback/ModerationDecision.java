package app.tandem.feedback;

public enum ModerationDecision { APPROVED, REDACTED, REJECTED }

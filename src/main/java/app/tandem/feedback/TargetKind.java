package app.tandem.feedback;

/** What a comment is about. */
public enum TargetKind { ACTION, OUTCOME, PRIORITY }

package app.tandem.feedback;

/** A moderator approved, redacted or rejected a held or reported comment. */
public record CommentModerated(long areaId, long commentId, long authorId, ModerationDecision decision) {}

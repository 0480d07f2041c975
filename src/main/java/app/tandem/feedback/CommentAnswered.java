package app.tandem.feedback;

/** An officer gave a comment its official response. */
public record CommentAnswered(long areaId, long commentId, long authorId, long responderId, ResponseOutcome outcome) {}

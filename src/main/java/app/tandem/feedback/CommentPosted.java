package app.tandem.feedback;

/** A comment became visible (posted and not held, or approved). Never published for held comments. */
public record CommentPosted(long areaId, long commentId, long planId, @org.jspecify.annotations.Nullable Long actionId,
        long authorId) {}

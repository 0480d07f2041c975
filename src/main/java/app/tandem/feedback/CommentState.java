package app.tandem.feedback;

/** Where a comment stands. Only PUBLISHED comments are seen by anyone but their author and moderators. */
public enum CommentState {
    PUBLISHED,
    /** Held for a moderator: personal data, a young person's comment. */
    HELD,
    /** Reported by three readers: hidden pending review. */
    REPORTED,
    REJECTED
}

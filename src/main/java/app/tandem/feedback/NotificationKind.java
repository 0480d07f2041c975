package app.tandem.feedback;

public enum NotificationKind { NEW_COMMENT, RESPONSE, MODERATION, SAFEGUARDING }

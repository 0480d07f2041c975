/**
 * Co-production: comments by forum members and officers on actions (and outcomes and
 * priorities), official responses with their due dates, "you said, we did", moderation and
 * safeguarding (quality bar PR-1) and the in-app notification bell. Other modules hear about
 * comments through the events at this package's root ({@link app.tandem.feedback.CommentPosted}...).
 */
@NullMarked
package app.tandem.feedback;

import org.jspecify.annotations.NullMarked;

/**
 * E-mail only: listens to other modules' events (comments, answers, moderation, safeguarding) and
 * to a daily clock, and sends mail through the event publication registry (the outbox), so a mail
 * is never lost when the SMTP server is down and never sent twice (the sent-log). People choose how
 * often each kind reaches them; every mail carries a one-click unsubscribe link. No other module
 * calls this one.
 */
@NullMarked
package app.tandem.notification;

import org.jspecify.annotations.NullMarked;

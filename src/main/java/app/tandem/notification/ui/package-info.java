/** The notification module's pages: my e-mail settings, outgoing mail (admins), unsubscribe (anyone with a link). */
@NullMarked
package app.tandem.notification.ui;

import org.jspecify.annotations.NullMarked;

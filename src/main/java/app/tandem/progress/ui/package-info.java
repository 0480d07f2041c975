/** Pages for progress: posting an update, the timeline on the action page, "My actions". */
@NullMarked
package app.tandem.progress.ui;

import org.jspecify.annotations.NullMarked;

/** Pages and page sections of the feedback module. */
@NullMarked
package app.tandem.feedback.ui;

import org.jspecify.annotations.NullMarked;

/** The home page at {@code /}: one panel per role, answering that role's first question. */
@NullMarked
package app.tandem.home.ui;

import org.jspecify.annotations.NullMarked;

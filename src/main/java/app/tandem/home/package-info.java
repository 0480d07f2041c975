/**
 * Each person's home page (issue 11): the first screen answers the first question of their role.
 * Reads the plan, progress, report and feedback modules through their public services only, and
 * remembers when each person last looked. {@link app.tandem.home.HomeService} is the way in.
 */
@NullMarked
package app.tandem.home;

import org.jspecify.annotations.NullMarked;

/**
 * Progress on actions: officers' dated updates (words, an optional status change, evidence links,
 * files, milestones done), append-only, and the attention rules that say which actions need
 * attention or an update. {@link app.tandem.progress.ProgressService} is the way in; the action
 * page shows the timeline through {@link app.tandem.plan.ActionPageSection}.
 */
@NullMarked
package app.tandem.progress;

import org.jspecify.annotations.NullMarked;

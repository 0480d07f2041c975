/**
 * The improvement plan itself: plans and their status schemes, priorities (areas of weakness),
 * outcomes, actions, milestones and risks. {@link app.tandem.plan.PlanService} is the way in.
 */
@NullMarked
package app.tandem.plan;

import org.jspecify.annotations.NullMarked;

/**
 * Reporting: reporting periods of a plan and the snapshots frozen when one closes, the board's
 * highlight report (counts now against the last period, what changed, narrative, charts) with PDF
 * and XLSX exports, the evidence pack for a monitoring visit, and the public plan page.
 * {@link app.tandem.report.ReportService} is the way in; it reads the plan through
 * {@code PlanService} records only.
 */
@NullMarked
package app.tandem.report;

import org.jspecify.annotations.NullMarked;

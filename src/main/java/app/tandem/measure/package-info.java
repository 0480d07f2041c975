/**
 * Measures (KPIs) of a plan: baseline, target, a value per reporting period (entered by officers or,
 * later, computed from a survey), the trend against the previous period and the status against the
 * target. {@link app.tandem.measure.MeasureService} is the way in; periods are read through
 * {@code ReportService}, and the highlight report shows the KPI table through report's
 * {@code HighlightReportSection} extension point (report does not depend on this module).
 */
@NullMarked
package app.tandem.measure;

import org.jspecify.annotations.NullMarked;

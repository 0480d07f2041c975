package app.tandem.report;

import org.jspecify.annotations.Nullable;

/**
 * Lets another module add its own frozen figures when a reporting period closes, without the report
 * module depending on it. Today: the measure module's values, stored as JSON text in
 * {@code report_period.measures_json}. Called inside the closing transaction, as the person closing.
 */
public interface PeriodClosingContributor {

    /** The measures of the plan as they stand for this period, as JSON text (at most 16,000 characters), or null for none. */
    @Nullable String measuresJson(long planId, long periodId);
}

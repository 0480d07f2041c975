package app.tandem.survey;

import org.jspecify.annotations.Nullable;

/**
 * A response was submitted (exactly once per submission key), published in the submitting
 * transaction after the wave's counts were updated. periodId is the wave's reporting period.
 */
public record SurveyResponseSubmitted(long areaId, long surveyId, long waveId, @Nullable Long periodId, long responseId) {}

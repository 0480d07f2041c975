package app.tandem.survey;

/** A wave is open for answers: published exactly once per wave, when it is created open or when its open date comes. */
public record SurveyWaveOpened(long areaId, long surveyId, long waveId, Audience audience) {}

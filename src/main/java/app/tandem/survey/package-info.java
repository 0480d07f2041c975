/**
 * Surveys for parents and carers, young people and practitioners (issue 5): the definition
 * (sections, questions, options, show-if), waves (one run of a survey, usually per reporting
 * period) with an anonymous link each, taking a survey (standard and easy-read) and per-wave counts
 * kept up to date as responses arrive. {@link app.tandem.survey.SurveyService} is the way in; other
 * modules hear about responses through {@link app.tandem.survey.SurveyResponseSubmitted} and new
 * waves through {@link app.tandem.survey.SurveyWaveOpened}.
 */
@NullMarked
package app.tandem.survey;

import org.jspecify.annotations.NullMarked;

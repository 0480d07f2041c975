package app.tandem.measure;

import app.tandem.access.SystemWork;
import app.tandem.survey.SurveyResponseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps survey-fed measures current as responses arrive: each submitted response (through the
 * event publication registry, so none is lost) recomputes the measures fed by that survey for the
 * wave's reporting period from the wave's kept counts. Pages only read the recorded value and n;
 * nothing is recomputed on page load. Runs as the area's system user, which alone may record.
 */
@Component
class SurveyFedMeasures {

    private final MeasureService measures;

    SurveyFedMeasures(MeasureService measures) {
        this.measures = measures;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SurveyResponseSubmitted event) {
        Long periodId = event.periodId();
        if (periodId == null) {
            return; // a wave outside the reporting periods feeds no measure
        }
        SystemWork.inArea(event.areaId(), () -> measures.refreshSurveyValues(event.surveyId(), event.waveId(), periodId));
    }
}

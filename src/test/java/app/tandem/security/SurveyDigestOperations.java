package app.tandem.security;

import app.tandem.security.RoleMatrixTest.Operation;
import app.tandem.survey.Audience;
import java.util.Map;

/** The role-matrix row for the survey read the monthly digest makes as the system (issue 6). */
final class SurveyDigestOperations {

    private SurveyDigestOperations() {}

    static void register(Map<String, Operation> ops) {
        ops.put("openSurveysForAudience", new Operation("SurveyService", "openWavesFor",
                (t, f) -> t.surveys.openWavesFor(Audience.PARENTS_CARERS)));
    }
}

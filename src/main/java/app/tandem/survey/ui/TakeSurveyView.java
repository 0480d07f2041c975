package app.tandem.survey.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import app.tandem.survey.SurveyViews.TakingStart;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey for the signed-in person's audience (parents and carers, young people, practitioners):
 * answers are saved as a draft page by page, so coming back continues where they were.
 */
@Route("surveys/:waveId(\\d+)/take")
@RolesAllowed({"ADMIN", "OFFICER", "FORUM_MEMBER", "YOUNG_PERSON"})
@StyleSheet("styles/survey.css")
class TakeSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final app.tandem.operations.SurveyMetrics metrics;
    private String title = "";
    @Nullable SurveyTaker taker;

    TakeSurveyView(SurveyService surveys, app.tandem.operations.SurveyMetrics metrics) {
        this.surveys = surveys;
        this.metrics = metrics;
        addClassName("survey-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long waveId = event.getRouteParameters().getLong("waveId").orElseThrow();
        removeAll();
        TakingStart start;
        try {
            start = surveys.startTaking(waveId);
        } catch (InvalidInputException e) {
            String key = e.fieldMessageKeys().values().stream().findFirst().orElse("survey.closed");
            title = getTranslation(key);
            add(new H1(getTranslation(key)), new Anchor("", getTranslation("survey.take.home")));
            return;
        }
        title = start.definition().title();
        metrics.started();
        taker = new SurveyTaker(start, new SurveyTaker.Backend() {
            @Override
            public SubmitResult submit(Submission submission) {
                return SurveyTaker.timed(metrics, () -> surveys.submit(submission));
            }

            @Override
            public void saveDraft(Map<Long, Answer> answers, @Nullable Long questionId) {
                surveys.saveDraft(waveId, start.submissionKey(), answers, questionId);
            }

            @Override
            public boolean canSaveDraft() {
                return true;
            }
        });
        add(taker);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

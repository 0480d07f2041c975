package app.tandem.survey.ui;

import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** An officer's preview of a survey, exactly as people will take it; nothing is saved or counted. */
@Route("surveys/:surveyId(\\d+)/preview")
@RolesAllowed({"ADMIN", "OFFICER"})
@StyleSheet("styles/survey.css")
class PreviewSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private String title = "";
    @Nullable SurveyTaker taker;

    PreviewSurveyView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long surveyId = event.getRouteParameters().getLong("surveyId").orElseThrow();
        removeAll();
        var start = surveys.preview(surveyId);
        title = getTranslation("survey.preview.title", start.definition().title());
        taker = new SurveyTaker(start, new SurveyTaker.Backend() {
            @Override
            public SubmitResult submit(Submission submission) {
                throw new IllegalStateException("A preview is never submitted");
            }

            @Override
            public boolean preview() {
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

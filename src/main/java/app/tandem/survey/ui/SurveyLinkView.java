package app.tandem.survey.ui;

import app.tandem.access.SystemWork;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.MainLayout;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.LinkTarget;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import app.tandem.survey.SurveyViews.TakingStart;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A survey through its wave's anonymous link, for anyone, without signing in. The token is looked up
 * by its hash in every area; the survey calls then run as that area's system user, for the call
 * only. An unknown, replaced, expired or closed link gets one plain page: "This survey is closed".
 * The token is never logged or shown again; the response holds no account, address or time of day.
 */
@Route(value = "s/:token", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/survey.css")
class SurveyLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final app.tandem.operations.SurveyMetrics metrics;
    private String title = "";
    @Nullable SurveyTaker taker;

    SurveyLinkView(SurveyService surveys, app.tandem.operations.SurveyMetrics metrics) {
        this.surveys = surveys;
        this.metrics = metrics;
        addClassName("public-page");
        addClassName("survey-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<LinkTarget> target = surveys.resolveLink(token);
        if (target.isEmpty()) {
            closed();
            return;
        }
        long areaId = target.get().areaId();
        TakingStart start;
        try {
            start = SystemWork.inArea(areaId, () -> surveys.startTaking(target.get().waveId()));
        } catch (InvalidInputException e) {
            closed();
            return;
        }
        title = start.definition().title();
        metrics.started();
        taker = new SurveyTaker(start, new SurveyTaker.Backend() {
            @Override
            public SubmitResult submit(Submission submission) {
                return SurveyTaker.timed(metrics, () -> SystemWork.inArea(areaId, () -> surveys.submit(submission)));
            }
        });
        add(taker);
    }

    private void closed() {
        title = getTranslation("survey.closed");
        add(new H1(getTranslation("survey.closed")), new Paragraph(getTranslation("survey.closedBody")));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

package app.tandem.survey.ui;

import app.tandem.access.TandemUser;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /** An anonymous survey session ends this long after the last request. */
    static final int ANONYMOUS_SESSION_SECONDS = 15 * 60;

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
            start = asSystem(areaId, () -> surveys.startTaking(target.get().waveId()));
        } catch (InvalidInputException e) {
            closed();
            return;
        }
        if (signedOut()) {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && session.getSession() != null) {
                session.getSession().setMaxInactiveInterval(ANONYMOUS_SESSION_SECONDS);
            }
        }
        title = start.definition().title();
        metrics.started();
        taker = new SurveyTaker(start, new SurveyTaker.Backend() {
            @Override
            public SubmitResult submit(Submission submission) {
                return SurveyTaker.timed(metrics, () -> asSystem(areaId, () -> surveys.submit(submission)));
            }
        });
        add(taker);
    }

    private void closed() {
        title = getTranslation("survey.closed");
        add(new H1(getTranslation("survey.closed")), new Paragraph(getTranslation("survey.closedBody")));
    }

    private static boolean signedOut() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    /** Runs one survey call as the area's system user, then puts back whoever was there. */
    static <T> T asSystem(long areaId, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

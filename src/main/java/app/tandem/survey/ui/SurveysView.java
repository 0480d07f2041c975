package app.tandem.survey.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.SurveySummary;
import app.tandem.survey.SurveyViews.WaveView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan's surveys with their waves (dates, open or closed, how many answered), filtered by
 * audience. Officers and admins create and change surveys from here; everyone here reads results.
 */
@Route("plans/:planId(\\d+)/surveys")
@RolesAllowed({"ADMIN", "OFFICER", "VIEWER"})
class SurveysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private long planId;
    final Select<Audience> audience = new Select<>();
    final Div list = new Div();
    List<SurveySummary> all = List.of();

    SurveysView(SurveyService surveys, PlanService plans, CurrentUser currentUser) {
        this.surveys = surveys;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("surveys-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveyAdmin.list.title") + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElseThrow();
        String planTitle = plans.getPlan(planId).title();
        all = surveys.surveysOfPlan(planId);
        removeAll();
        add(new Anchor("plans/" + planId, getTranslation("surveyAdmin.backToPlan", planTitle)));
        add(new H1(getTranslation("surveyAdmin.list.title")));
        add(new Paragraph(getTranslation("surveyAdmin.list.intro")));
        if (canBuild(currentUser)) {
            add(new Paragraph(new Anchor("plans/" + planId + "/surveys/build", getTranslation("surveyAdmin.create"))));
        }
        audience.setLabel(getTranslation("surveyAdmin.filter.audience"));
        audience.setItems(Audience.values());
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("surveyAdmin.filter.allAudiences"));
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("surveyAdmin.filter.allAudiences")
                : getTranslation("surveyAdmin.audience." + a.name()));
        audience.addValueChangeListener(e -> show(e.getValue()));
        add(audience, list);
        show(null);
    }

    void show(@Nullable Audience filter) {
        list.removeAll();
        List<SurveySummary> shown = all.stream().filter(s -> filter == null || s.audience() == filter).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("surveyAdmin.list.none")));
        }
        boolean builder = canBuild(currentUser);
        for (SurveySummary s : shown) {
            Div block = new Div();
            block.addClassName("section");
            block.add(new H2(s.title()));
            block.add(new Paragraph(getTranslation("surveyAdmin.list.about",
                    getTranslation("surveyAdmin.audience." + s.audience().name()), s.questionCount(), s.minutes())
                    + (s.easyRead() ? " " + getTranslation("surveyAdmin.list.easyRead") : "")));
            if (s.waves().isEmpty()) {
                block.add(new Paragraph(getTranslation("surveyAdmin.list.noWaves")));
            } else {
                UnorderedList waves = new UnorderedList();
                for (WaveView w : s.waves()) {
                    waves.add(new ListItem(Words.wave(this, w)));
                }
                block.add(waves);
            }
            Div links = new Div();
            links.addClassName("survey-links");
            if (builder) {
                Anchor change = new Anchor("plans/" + planId + "/surveys/build/" + s.id(), getTranslation("surveyAdmin.change"));
                change.getElement().setAttribute("aria-label", getTranslation("surveyAdmin.changeNamed", s.title()));
                links.add(new Paragraph(change));
            }
            Anchor results = new Anchor("plans/" + planId + "/survey-results?survey=" + s.id(), getTranslation("surveyAdmin.results"));
            results.getElement().setAttribute("aria-label", getTranslation("surveyAdmin.resultsNamed", s.title()));
            links.add(new Paragraph(results));
            block.add(links);
            list.add(block);
        }
    }

    static boolean canBuild(CurrentUser currentUser) {
        return currentUser.get().map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.OFFICER)).orElse(false);
    }
}

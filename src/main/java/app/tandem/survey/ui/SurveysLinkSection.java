package app.tandem.survey.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.plan.PlanPageSection;
import app.tandem.survey.SurveyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** On the plan page, for officers, admins and board members: a link to the plan's surveys and results. */
@org.springframework.stereotype.Component
class SurveysLinkSection implements PlanPageSection {

    private final SurveyService surveys;
    private final CurrentUser currentUser;

    SurveysLinkSection(SurveyService surveys, CurrentUser currentUser) {
        this.surveys = surveys;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(long planId) {
        boolean staff = currentUser.get()
                .map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.OFFICER) || u.hasRole(Role.VIEWER)).orElse(false);
        if (!staff) {
            return Optional.empty();
        }
        int count = surveys.surveysOfPlan(planId).size();
        if (count == 0 && !SurveysView.canBuild(currentUser)) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassNames("section", "survey-links");
        section.add(new H2(section.getTranslation("surveyAdmin.links.title")));
        section.add(new Paragraph(new Anchor("plans/" + planId + "/surveys",
                section.getTranslation(count == 0 ? "surveyAdmin.links.none" : "surveyAdmin.links.open", count))));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 21;
    }
}

package app.tandem.survey.ui;

import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.OpenWave;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The open surveys for the signed-in person's audience, each with a link to take it (or carry on with a draft). */
@Route("my-surveys")
@Menu(title = "survey.menu", order = 4)
@RolesAllowed({"ADMIN", "OFFICER", "FORUM_MEMBER", "YOUNG_PERSON"})
@StyleSheet("styles/survey.css")
class MySurveysView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SurveyService surveys;

    MySurveysView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("survey.menu")));
        List<OpenWave> open = surveys.openWavesForMe();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("survey.mine.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("my-surveys");
        for (OpenWave w : open) {
            ListItem item = new ListItem();
            item.add(new H2(w.title()));
            item.add(new Paragraph(getTranslation("survey.mine.details", w.minutes(), DAY.format(w.closes()))));
            if (w.answered()) {
                item.add(new Paragraph(getTranslation("survey.mine.answered")));
            } else {
                item.add(new Anchor("surveys/" + w.waveId() + "/take",
                        getTranslation(w.draftSaved() ? "survey.mine.carryOn" : "survey.mine.take", w.title())));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.menu") + " | " + getTranslation("app.name");
    }
}

package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.ResponseTimes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** How quickly each organisation answers comments: median days and the share answered on time. */
@Route("admin/response-times")
@Menu(title = "menu.responseTimes", order = 14)
@RolesAllowed("ADMIN")
class ResponseTimesView extends VerticalLayout implements HasDynamicTitle {

    ResponseTimesView(FeedbackService feedback) {
        add(new H1(getTranslation("responseTimes.title")), new Paragraph(getTranslation("responseTimes.intro")));
        Grid<ResponseTimes> grid = new Grid<>();
        grid.addColumn(ResponseTimes::organisation).setHeader(getTranslation("responseTimes.organisation")).setFlexGrow(2);
        grid.addColumn(ResponseTimes::answered).setHeader(getTranslation("responseTimes.answered"));
        grid.addColumn(r -> r.medianDays() == null ? "-" : getTranslation("responseTimes.days", r.medianDays()))
                .setHeader(getTranslation("responseTimes.median"));
        grid.addColumn(r -> r.percentOnTime() == null ? "-" : r.percentOnTime() + "%")
                .setHeader(getTranslation("responseTimes.onTime"));
        grid.addColumn(ResponseTimes::awaiting).setHeader(getTranslation("responseTimes.awaiting"));
        grid.addColumn(ResponseTimes::overdue).setHeader(getTranslation("responseTimes.overdue"));
        grid.setItems(feedback.responseTimes(null, null));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("responseTimes.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("responseTimes.title") + " | " + getTranslation("app.name");
    }
}

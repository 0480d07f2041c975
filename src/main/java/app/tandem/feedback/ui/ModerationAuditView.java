package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackViews.AuditView;
import app.tandem.feedback.ModerationService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Quality bar AU-1: every moderation decision and closed alert, newest first; nothing here can be changed. */
@Route("moderation/audit")
@RolesAllowed("ADMIN")
class ModerationAuditView extends VerticalLayout implements HasDynamicTitle {

    ModerationAuditView(ModerationService moderation) {
        add(new Anchor("moderation", getTranslation("audit.back")), new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")));
        var trail = moderation.auditTrail();
        if (trail.isEmpty()) {
            add(new Paragraph(getTranslation("audit.empty")));
            return;
        }
        Grid<AuditView> grid = new Grid<>();
        grid.addColumn(a -> Words.when(a.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditView::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("audit.what." + a.what())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("audit.comment", a.commentId())).setHeader(getTranslation("audit.commentHeader"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(getTranslation("audit.reason")).setFlexGrow(2);
        grid.setItems(trail);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("audit.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}

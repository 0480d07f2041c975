package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.ForumDisagreement;
import app.tandem.report.HighlightReportSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** In the highlight report: actions the parent carer forum rates differently from the officers this period. */
@org.springframework.stereotype.Component
class ForumDisagreementsSection implements HighlightReportSection {

    private final FeedbackService feedback;

    ForumDisagreementsSection(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Component create(long planId, long periodId) {
        Div section = new Div();
        section.addClassNames("report-section", "forum-disagreements");
        section.add(new H2(section.getTranslation("rating.report.title")));
        List<ForumDisagreement> list = feedback.forumDisagreements(planId, periodId);
        if (list.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rating.report.none")));
            return section;
        }
        UnorderedList items = new UnorderedList();
        for (ForumDisagreement d : list) {
            ListItem item = new ListItem();
            item.add(new Anchor("actions/" + d.actionId(), (d.actionRef() == null ? "" : d.actionRef() + " ") + d.actionTitle()));
            item.add(new Paragraph(section.getTranslation("rating.report.item",
                    d.officerStatus() == null ? section.getTranslation("rating.notRated") : d.officerStatus(),
                    d.forumStatus(), d.ratedByName())));
            Paragraph why = new Paragraph(section.getTranslation("rating.reason", d.reason()));
            item.add(why);
            items.add(item);
        }
        section.add(items);
        return section;
    }

    @Override
    public int order() {
        return 10;
    }
}

package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.AwaitingResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "What do I owe, and by when?": comments on my actions awaiting my official response, overdue first. */
@Route("responses")
@Menu(title = "menu.responses", order = 3)
@RolesAllowed({"OFFICER", "ADMIN"})
class ResponsesView extends VerticalLayout implements HasDynamicTitle {

    ResponsesView(FeedbackService feedback) {
        add(new H1(getTranslation("responses.title")));
        List<AwaitingResponse> waiting = feedback.awaitingMyResponse();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("responses.empty")));
            return;
        }
        long overdue = waiting.stream().filter(w -> w.daysLeft() < 0).count();
        add(new Paragraph(getTranslation("responses.summary", waiting.size(), overdue)));
        UnorderedList list = new UnorderedList();
        list.addClassName("awaiting");
        for (AwaitingResponse w : waiting) {
            ListItem item = new ListItem();
            Span due = new Span(Words.due(this, w.dueDate(), w.daysLeft()));
            due.addClassName(w.daysLeft() < 0 ? "attention" : "meta");
            Anchor action = new Anchor("actions/" + w.actionId(),
                    (w.actionRef() == null ? "" : w.actionRef() + " ") + w.actionTitle());
            item.add(new Div(due), new Div(action), new Paragraph(w.authorLabel() + ": " + w.excerpt()));
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("responses.title") + " | " + getTranslation("app.name");
    }
}

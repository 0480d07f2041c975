package app.tandem.progress.ui;

import app.tandem.progress.Attention.Reason;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.ActionAttention;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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

/**
 * "What do I owe, and by when?": the actions the officer leads, those needing attention first, then
 * those with an update due, then the rest. Each says why in words and links to the action and to
 * posting an update.
 */
@Route("my-actions")
@Menu(title = "menu.myActions", order = 2)
@RolesAllowed({"OFFICER", "ADMIN"})
class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    MyActionsView(ProgressService progress) {
        addClassName("my-actions");
        add(new H1(getTranslation("progress.mine.title")));
        List<ActionAttention> mine = progress.myActions();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("progress.mine.empty")));
            return;
        }
        long attention = mine.stream().filter(a -> a.verdict().needsAttention()).count();
        long due = mine.stream().filter(a -> !a.verdict().needsAttention() && a.verdict().updateDue()).count();
        add(new Paragraph(getTranslation("progress.mine.summary", mine.size(), attention, due)));
        String[] groups = {"progress.mine.group.attention", "progress.mine.group.due", "progress.mine.group.rest"};
        for (int urgency = 0; urgency < 3; urgency++) {
            int u = urgency;
            List<ActionAttention> group = mine.stream().filter(a -> a.verdict().urgency() == u).toList();
            if (group.isEmpty()) {
                continue;
            }
            add(new H2(getTranslation(groups[u], group.size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("my-actions-list");
            group.forEach(a -> list.add(row(a)));
            add(list);
        }
    }

    private ListItem row(ActionAttention a) {
        ListItem item = new ListItem();
        item.addClassName("my-action");
        Anchor title = new Anchor("actions/" + a.actionId(), (a.ref() == null ? "" : a.ref() + " ") + a.title());
        title.addClassName("my-action-title");
        item.add(title);
        Div meta = new Div();
        meta.addClassName("meta");
        meta.add(new Span(getTranslation("action.status") + ": "
                + (a.status() == null ? getTranslation("status.notRated") : a.status().label()) + ". "));
        meta.add(new Span(a.lastUpdate() == null ? getTranslation("progress.mine.neverUpdated")
                : getTranslation("progress.mine.lastUpdate", Words.day(a.lastUpdate()))));
        item.add(meta);
        if (!a.verdict().reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("attention");
            for (Reason r : a.verdict().reasons()) {
                reasons.add(new ListItem(reason(r)));
            }
            item.add(reasons);
        }
        Anchor post = new Anchor("actions/" + a.actionId() + "/update", getTranslation("progress.post.link"));
        post.getElement().setAttribute("aria-label", getTranslation("progress.mine.postFor",
                (a.ref() == null ? "" : a.ref() + " ") + a.title()));
        item.add(post);
        return item;
    }

    private String reason(Reason r) {
        return switch (r.kind()) {
            case END_DATE_PASSED -> getTranslation("progress.reason.endPassed", Words.day(r.date()));
            case MILESTONES_OVERDUE -> getTranslation("progress.reason.milestones", r.count());
            case UPDATE_DUE -> r.date() == null ? getTranslation("progress.reason.neverUpdated")
                    : getTranslation("progress.reason.updateDue", Words.day(r.date()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.mine.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.progress.ui;

import app.tandem.plan.ActionPageSection;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.AttachmentView;
import app.tandem.progress.ProgressViews.LinkView;
import app.tandem.progress.ProgressViews.UpdateView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;


/**
 * The action page's "Progress updates" section: newest first, each with its date, author, words,
 * status change, evidence links (new tab, no opener), files (downloaded through an authorised
 * address) and milestones done. All user text is set as text.
 */
@org.springframework.stereotype.Component
class ProgressSection implements ActionPageSection {

    private final ProgressService progress;

    ProgressSection(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long actionId, boolean canEdit) {
        Div section = new Div();
        section.addClassNames("section", "progress-updates");
        section.add(new H2(section.getTranslation("progress.timeline.title")));
        if (canEdit) {
            Anchor post = new Anchor("actions/" + actionId + "/update", section.getTranslation("progress.post.link"));
            post.addClassName("button-link");
            section.add(post);
        }
        List<UpdateView> list = progress.updates(actionId);
        if (list.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("progress.timeline.empty")));
            return section;
        }
        for (UpdateView u : list) {
            section.add(update(section, u));
        }
        return section;
    }

    private static Component update(Div t, UpdateView u) {
        Div item = new Div();
        item.addClassName("progress-update");
        item.setId("update-" + u.id());
        item.add(new H3(t.getTranslation("progress.timeline.heading", Words.day(u.date()), u.authorName())));
        if (u.internalOnly()) {
            Paragraph internal = new Paragraph(t.getTranslation("progress.timeline.internalOnly"));
            internal.addClassName("internal-only");
            item.add(internal);
        }
        if (u.correctsUpdateId() != null) {
            Anchor earlier = new Anchor("#update-" + u.correctsUpdateId(), t.getTranslation("progress.timeline.corrects"));
            item.add(new Paragraph(earlier));
        }
        if (u.statusChanged()) {
            Paragraph status = new Paragraph(t.getTranslation("progress.timeline.status",
                    u.fromLabel() == null ? t.getTranslation("status.notRated") : u.fromLabel(),
                    u.toLabel() == null ? t.getTranslation("status.notRated") : u.toLabel()));
            status.addClassName("status-change");
            item.add(status);
        }
        for (String paragraph : u.narrative().split("\\R\\s*\\R")) {
            item.add(new Paragraph(paragraph.strip()));
        }
        if (!u.milestonesDone().isEmpty()) {
            UnorderedList done = new UnorderedList();
            u.milestonesDone().forEach(m -> done.add(new ListItem(t.getTranslation("progress.timeline.milestoneDone", m))));
            item.add(new Span(t.getTranslation("progress.timeline.milestones")), done);
        }
        if (!u.evidence().isEmpty()) {
            UnorderedList links = new UnorderedList();
            for (LinkView l : u.evidence()) {
                Anchor a = new Anchor(l.url(), (l.title() == null ? l.url() : l.title())
                        + " " + t.getTranslation("progress.timeline.newTab"));
                a.setTarget(AnchorTarget.BLANK);
                a.getElement().setAttribute("rel", "noopener noreferrer");
                links.add(new ListItem(a));
            }
            item.add(new Span(t.getTranslation("progress.timeline.evidence")), links);
        }
        if (!u.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            for (AttachmentView f : u.attachments()) {
                Anchor a = new Anchor("attachments/" + f.id(), t.getTranslation("progress.timeline.file", f.fileName(),
                        Words.size(f.sizeBytes())));
                a.getElement().setAttribute("download", "");
                // Not a Vaadin route: let the browser fetch it instead of the router.
                a.getElement().setAttribute("router-ignore", true);
                files.add(new ListItem(a));
            }
            item.add(new Span(t.getTranslation("progress.timeline.files")), files);
        }
        return item;
    }
}

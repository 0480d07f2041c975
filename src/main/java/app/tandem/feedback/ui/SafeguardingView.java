package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackViews.AlertView;
import app.tandem.feedback.ModerationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Comments whose words suggest a risk of harm: the safeguarding lead looks at each, today. */
@Route("safeguarding")
@Menu(title = "menu.safeguarding", order = 13)
@RolesAllowed("ADMIN")
class SafeguardingView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final Div list = new Div();

    SafeguardingView(ModerationService moderation) {
        this.moderation = moderation;
        add(new H1(getTranslation("safeguarding.title")), new Paragraph(getTranslation("safeguarding.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var alerts = moderation.safeguardingAlerts();
        if (alerts.isEmpty()) {
            list.add(new Paragraph(getTranslation("safeguarding.empty")));
        }
        for (AlertView a : alerts) {
            Div box = new Div();
            box.addClassName("safeguarding-alert");
            box.add(new H2(getTranslation(a.closed() ? "safeguarding.closedHeading" : "safeguarding.openHeading",
                    a.authorName(), Words.when(a.raisedAt()))));
            box.add(new Paragraph(getTranslation("safeguarding.matched", a.matched())));
            Paragraph text = new Paragraph(a.excerpt());
            text.addClassName("comment-body");
            box.add(text);
            if (a.closed()) {
                box.add(new Paragraph(getTranslation("safeguarding.note", a.closingNote() == null ? "" : a.closingNote())));
            } else {
                TextField note = new TextField(getTranslation("safeguarding.noteLabel"));
                note.setWidthFull();
                Button close = new Button(getTranslation("safeguarding.close"), e -> {
                    try {
                        moderation.closeAlert(a.id(), note.getValue());
                        refresh();
                    } catch (jakarta.validation.ConstraintViolationException ex) {
                        note.setInvalid(true);
                        note.setErrorMessage(getTranslation("safeguarding.note.required"));
                    }
                });
                box.add(note, close);
            }
            list.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.title") + " | " + getTranslation("app.name");
    }
}

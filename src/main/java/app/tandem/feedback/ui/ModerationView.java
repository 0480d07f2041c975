package app.tandem.feedback.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackViews.ModerationItem;
import app.tandem.feedback.ModerationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Moderators approve, redact or reject held and reported comments; never their own. */
@Route("moderation")
@Menu(title = "menu.moderation", order = 12)
@RolesAllowed("ADMIN")
class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("moderation.title")), new Anchor("moderation/audit", getTranslation("moderation.auditLink")),
                status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var queue = moderation.queue();
        if (queue.isEmpty()) {
            list.add(new Paragraph(getTranslation("moderation.empty")));
        }
        for (ModerationItem item : queue) {
            list.add(item(item));
        }
    }

    private Div item(ModerationItem m) {
        Div box = new Div();
        box.addClassName("moderation-item");
        box.add(new H2(getTranslation("moderation.itemHeading", m.authorName(), Words.when(m.postedAt()))));
        box.add(new Paragraph(getTranslation("moderation.why", m.flags().stream()
                .map(f -> getTranslation("moderation.flag." + f)).collect(Collectors.joining(", ")), m.reports())));
        Paragraph body = new Paragraph(m.body());
        body.addClassName("comment-body");
        box.add(body);
        if (m.actionId() != null) {
            box.add(new Anchor("actions/" + m.actionId(), getTranslation("moderation.openAction")));
        }
        if (m.mine()) {
            box.add(new Span(getTranslation("moderation.ownComment")));
            return box;
        }
        TextField reason = new TextField(getTranslation("moderation.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        TextArea redacted = new TextArea(getTranslation("moderation.redactedText"));
        redacted.setMaxLength(2000);
        redacted.setValue(m.body());
        redacted.setWidthFull();
        Button approve = new Button(getTranslation("moderation.approve"), e -> act(() -> moderation.approve(m.commentId()),
                "moderation.approved", reason));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button redact = new Button(getTranslation("moderation.redact"),
                e -> act(() -> moderation.redact(m.commentId(), redacted.getValue(), reason.getValue()), "moderation.redactedDone",
                        reason));
        Button reject = new Button(getTranslation("moderation.reject"),
                e -> act(() -> moderation.reject(m.commentId(), reason.getValue()), "moderation.rejected", reason));
        reject.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout buttons = new HorizontalLayout(approve, redact, reject);
        buttons.setWrap(true);
        box.add(redacted, reason, buttons);
        return box;
    }

    private void act(Runnable work, String doneKey, TextField reason) {
        try {
            work.run();
            status.setText(getTranslation(doneKey));
            refresh();
        } catch (jakarta.validation.ConstraintViolationException | InvalidInputException e) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("moderation.reason.required"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.feedback.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.feedback.CommentState;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.CommentThread;
import app.tandem.feedback.FeedbackViews.CommentView;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.FeedbackViews.ResponseView;
import app.tandem.feedback.TargetKind;
import app.tandem.language.LanguageService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The comment thread under an action: read, post, reply, agree, edit, delete, report, answer. */
class CommentThreadPanel extends Div {

    private final FeedbackService feedback;
    private final LanguageService language;
    private final TargetKind kind;
    private final long targetId;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    CommentThreadPanel(FeedbackService feedback, LanguageService language, TargetKind kind, long targetId) {
        this.feedback = feedback;
        this.language = language;
        this.kind = kind;
        this.targetId = targetId;
        addClassNames("section", "comments");
        status.getElement().setAttribute("role", "status");
        status.addClassName("comment-status");
        add(new H2(getTranslation("comments.title")), status, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        CommentThread thread = feedback.thread(kind, targetId);
        list.add(new Paragraph(thread.visibleCount() == 0 ? getTranslation("comments.empty")
                : getTranslation("comments.count", thread.visibleCount())));
        for (CommentView c : thread.comments()) {
            list.add(comment(c, thread));
        }
        if (thread.canComment()) {
            list.add(form(null, thread.canPostForForum()));
        }
    }

    private Component comment(CommentView c, CommentThread thread) {
        Div box = new Div();
        box.addClassName(c.parentId() == null ? "comment" : "comment reply");
        box.getElement().setAttribute("role", "article");
        Span author = new Span(c.authorLabel());
        author.addClassName("comment-author");
        Span when = new Span(" " + Words.when(c.postedAt()) + (c.edited() ? " " + getTranslation("comment.edited") : ""));
        when.addClassName("meta");
        box.add(new Div(author, when));
        if (c.deleted()) {
            box.add(new Paragraph(getTranslation("comment.deleted")));
        } else {
            Paragraph body = new Paragraph(c.body());
            body.addClassName("comment-body");
            box.add(body);
            if (c.redacted()) {
                box.add(note(getTranslation("comment.redacted")));
            }
        }
        if (c.state() == CommentState.HELD) {
            box.add(note(getTranslation("comment.held")));
        } else if (c.state() == CommentState.REPORTED) {
            box.add(note(getTranslation("comment.reported")));
        } else if (c.state() == CommentState.REJECTED) {
            box.add(note(getTranslation("comment.rejected", c.moderationReason() == null ? "" : c.moderationReason())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("comment-actions");
        actions.setWrap(true);
        if (c.state() == CommentState.PUBLISHED && !c.deleted()) {
            Button agree = new Button(getTranslation(c.supportedByMe() ? "comment.agreed" : "comment.agree", c.supportCount()),
                    e -> {
                        feedback.toggleSupport(c.id());
                        refresh();
                    });
            agree.getElement().setAttribute("aria-pressed", String.valueOf(c.supportedByMe()));
            agree.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(agree);
            if (c.parentId() == null && thread.canComment()) {
                Button reply = new Button(getTranslation("comment.reply"));
                reply.addThemeVariants(ButtonVariant.TERTIARY);
                reply.addClickListener(e -> {
                    reply.setEnabled(false);
                    box.add(form(c.id(), thread.canPostForForum()));
                });
                actions.add(reply);
            }
            if (!c.mine()) {
                Button report = new Button(getTranslation("comment.report"), e -> {
                    feedback.report(c.id(), null);
                    status.setText(getTranslation("comment.reportedThanks"));
                    refresh();
                });
                report.addThemeVariants(ButtonVariant.TERTIARY);
                actions.add(report);
            }
        }
        if (c.canEdit()) {
            Button edit = new Button(getTranslation("comment.edit"));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.addClickListener(e -> box.add(editForm(c)));
            actions.add(edit);
        }
        if (c.mine() && !c.deleted()) {
            Button delete = new Button(getTranslation("comment.delete"), e -> {
                feedback.delete(c.id());
                status.setText(getTranslation("comment.deletedThanks"));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(delete);
        }
        if (c.canRespond()) {
            Button respond = new Button(getTranslation("response.give"),
                    e -> new ResponseDialog(feedback, language, c, () -> {
                        status.setText(getTranslation("response.saved"));
                        refresh();
                    }).open());
            respond.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(respond);
        }
        box.add(actions);
        if (c.response() != null) {
            box.add(response(c.response()));
        } else if (c.dueDate() != null && c.parentId() == null && c.state() == CommentState.PUBLISHED && !c.deleted()) {
            box.add(note(getTranslation("comment.answerBy", Words.day(c.dueDate()))));
        }
        for (CommentView r : c.replies()) {
            box.add(comment(r, thread));
        }
        return box;
    }

    private Component response(ResponseView r) {
        Div box = new Div();
        box.addClassName("official-response");
        box.add(new H3(getTranslation("response.heading", getTranslation("response.outcome." + r.outcome()))));
        Paragraph body = new Paragraph(r.body());
        box.add(body);
        if (r.willDoBy() != null) {
            box.add(new Paragraph(getTranslation("response.willDoBy", Words.day(r.willDoBy()))));
        }
        box.add(note(getTranslation("response.by", r.responderName(), Words.day(r.respondedOn()))));
        return box;
    }

    private Component form(@Nullable Long parentId, boolean canPostForForum) {
        Div form = new Div();
        form.addClassName("comment-form");
        String[] key = {UUID.randomUUID().toString()};
        TextArea body = new TextArea(getTranslation(parentId == null ? "comment.new" : "comment.replyLabel"));
        body.setMaxLength(2000);
        body.setHelperText(getTranslation("comment.help"));
        body.setWidthFull();
        Checkbox showName = new Checkbox(getTranslation("comment.showName"));
        Checkbox forForum = new Checkbox(getTranslation("comment.onBehalf"));
        Button post = new Button(getTranslation(parentId == null ? "comment.post" : "comment.postReply"));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setDisableOnClick(true);
        post.addClickListener(e -> {
            try {
                Posted p = feedback.post(new NewComment(kind, targetId, parentId, body.getValue(), forForum.getValue(),
                        showName.getValue(), key[0]));
                key[0] = UUID.randomUUID().toString();
                status.setText(p.state() == CommentState.PUBLISHED
                        ? (p.dueDate() == null ? getTranslation("comment.postedReply")
                                : getTranslation("comment.posted", Words.day(p.dueDate())))
                        : getTranslation("comment.postedHeld"));
                refresh();
            } catch (InvalidInputException ex) {
                body.setInvalid(true);
                body.setErrorMessage(getTranslation(ex.fieldMessageKeys().values().iterator().next()));
                post.setEnabled(true);
            } catch (jakarta.validation.ConstraintViolationException ex) {
                body.setInvalid(true);
                body.setErrorMessage(getTranslation("comment.body.required"));
                post.setEnabled(true);
            }
        });
        form.add(body, showName);
        if (canPostForForum) {
            form.add(forForum);
        }
        form.add(post);
        return form;
    }

    private Component editForm(CommentView c) {
        Div form = new Div();
        form.addClassName("comment-form");
        TextArea body = new TextArea(getTranslation("comment.editLabel"));
        body.setMaxLength(2000);
        body.setValue(c.body());
        body.setWidthFull();
        Button save = new Button(getTranslation("comment.save"), e -> {
            try {
                feedback.edit(c.id(), body.getValue());
                status.setText(getTranslation("comment.savedThanks"));
                refresh();
            } catch (InvalidInputException ex) {
                body.setInvalid(true);
                body.setErrorMessage(getTranslation(ex.fieldMessageKeys().values().iterator().next()));
            } catch (jakarta.validation.ConstraintViolationException ex) {
                body.setInvalid(true);
                body.setErrorMessage(getTranslation("comment.body.required"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(body, save);
        return form;
    }

    private static Span note(String text) {
        Span s = new Span(text);
        s.addClassName("comment-note");
        return s;
    }
}

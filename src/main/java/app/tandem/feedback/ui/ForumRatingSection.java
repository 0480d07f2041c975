package app.tandem.feedback.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.ForumRatingPanel;
import app.tandem.feedback.FeedbackViews.ForumRatingView;
import app.tandem.feedback.FeedbackViews.NewForumRating;
import app.tandem.feedback.FeedbackViews.PeriodChoice;
import app.tandem.plan.ActionPageSection;
import app.tandem.plan.PlanViews.StatusView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;

/** The officers' status beside the parent carer forum's own rating, on the action page; representatives rate here. */
@org.springframework.stereotype.Component
class ForumRatingSection implements ActionPageSection {

    private final FeedbackService feedback;

    ForumRatingSection(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Component create(long actionId, boolean canEdit) {
        return new Panel(feedback, actionId);
    }

    @Override
    public int order() {
        return 5;
    }

    static final class Panel extends Div {

        private final FeedbackService feedback;
        private final long actionId;
        final Select<PeriodChoice> period = new Select<>();
        final Select<StatusView> status = new Select<>();
        final TextArea reason = new TextArea();
        private final Paragraph saved = new Paragraph();

        Panel(FeedbackService feedback, long actionId) {
            this.feedback = feedback;
            this.actionId = actionId;
            addClassNames("section", "forum-rating");
            saved.getElement().setAttribute("role", "status");
            refresh();
        }

        private void refresh() {
            removeAll();
            ForumRatingPanel p = feedback.forumRating(actionId);
            add(new H2(getTranslation("rating.title")));
            Div side = new Div();
            side.addClassName("rating-side-by-side");
            side.add(new Paragraph(getTranslation("rating.officers",
                    p.officerStatus() == null ? getTranslation("rating.notRated") : p.officerStatus().label())));
            ForumRatingView latest = p.latest();
            if (latest == null) {
                side.add(new Paragraph(getTranslation("rating.none")));
            } else {
                side.add(new Paragraph(getTranslation("rating.forum", latest.statusLabel(), latest.periodName())));
                if (latest.disagrees()) {
                    var icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
                    icon.getElement().setAttribute("aria-hidden", "true");
                    Paragraph differs = new Paragraph(icon, new Span(" " + getTranslation("rating.disagrees")));
                    differs.addClassName("rating-disagrees");
                    side.add(differs);
                }
                Paragraph why = new Paragraph(getTranslation("rating.reason", latest.reason()));
                why.addClassName("preserve-lines");
                side.add(why, note(getTranslation("rating.by", latest.ratedByName(), Words.when(latest.ratedAt()))));
            }
            add(side, saved);
            if (p.canRate()) {
                add(form(p));
            }
        }

        private Component form(ForumRatingPanel p) {
            Div form = new Div();
            form.addClassName("rating-form");
            period.setId("forum-rating-period");
            status.setId("forum-rating-status");
            period.setLabel(getTranslation("rating.period"));
            period.setItems(p.openPeriods());
            period.setItemLabelGenerator(PeriodChoice::name);
            p.openPeriods().stream().filter(c -> p.currentPeriodId() != null && c.id() == p.currentPeriodId()).findFirst()
                    .ifPresent(period::setValue);
            status.setLabel(getTranslation("rating.status"));
            status.setItems(p.scheme());
            status.setItemLabelGenerator(s -> s.description() == null ? s.label() : s.label() + " – " + s.description());
            reason.setLabel(getTranslation("rating.reasonLabel"));
            reason.setMaxLength(500);
            reason.setWidthFull();
            Button save = new Button(getTranslation("rating.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            form.add(new H3(getTranslation("rating.formTitle")), period, status, reason, save);
            return form;
        }

        private void save() {
            status.setInvalid(false);
            reason.setInvalid(false);
            period.setInvalid(false);
            if (period.getValue() == null) {
                period.setInvalid(true);
                period.setErrorMessage(getTranslation("rating.period.required"));
                return;
            }
            try {
                feedback.rateAction(actionId, new NewForumRating(period.getValue().id(),
                        status.getValue() == null ? null : status.getValue().id(), reason.getValue()));
                refresh();
                saved.setText(getTranslation("rating.saved"));
            } catch (InvalidInputException ex) {
                ex.fieldMessageKeys().forEach((field, key) -> {
                    if (field.equals("periodId")) {
                        period.setInvalid(true);
                        period.setErrorMessage(getTranslation(key));
                    } else {
                        status.setInvalid(true);
                        status.setErrorMessage(getTranslation(key));
                    }
                });
            } catch (ConstraintViolationException ex) {
                ex.getConstraintViolations().forEach(v -> {
                    if (v.getPropertyPath().toString().endsWith("statusId")) {
                        status.setInvalid(true);
                        status.setErrorMessage(getTranslation("rating.status.required"));
                    } else {
                        reason.setInvalid(true);
                        reason.setErrorMessage(v.getMessage());
                    }
                });
            }
        }

        private static Span note(String text) {
            Span s = new Span(text);
            s.addClassName("comment-note");
            return s;
        }
    }
}

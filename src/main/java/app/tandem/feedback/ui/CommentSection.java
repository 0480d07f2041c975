package app.tandem.feedback.ui;

import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.TargetKind;
import app.tandem.language.LanguageService;
import app.tandem.plan.ActionPageSection;
import com.vaadin.flow.component.Component;

/** Adds the comment thread to the action page, through the plan module's extension point. */
@org.springframework.stereotype.Component
class CommentSection implements ActionPageSection {

    private final FeedbackService feedback;
    private final LanguageService language;

    CommentSection(FeedbackService feedback, LanguageService language) {
        this.feedback = feedback;
        this.language = language;
    }

    @Override
    public Component create(long actionId, boolean canEdit) {
        return new CommentThreadPanel(feedback, language, TargetKind.ACTION, actionId);
    }

    @Override
    public int order() {
        return 100;
    }
}

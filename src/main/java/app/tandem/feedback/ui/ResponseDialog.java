package app.tandem.feedback.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.CommentView;
import app.tandem.feedback.FeedbackViews.OfficialResponse;
import app.tandem.feedback.ResponseOutcome;
import app.tandem.language.LanguageService;
import app.tandem.language.ui.ReadabilityPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;

/** The lead officer's official response to a comment, with what happens next. */
class ResponseDialog extends Dialog {

    ResponseDialog(FeedbackService feedback, LanguageService language, CommentView comment, Runnable saved) {
        setHeaderTitle(getTranslation("response.title"));
        add(new Paragraph(getTranslation("response.to", comment.authorLabel(), comment.body())));
        RadioButtonGroup<ResponseOutcome> outcome = new RadioButtonGroup<>(getTranslation("response.outcome"));
        outcome.setItems(ResponseOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("response.outcome." + o));
        TextArea body = new TextArea(getTranslation("response.body"));
        body.setMaxLength(2000);
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.LAZY);
        DatePicker willDoBy = new DatePicker(getTranslation("response.willDoByLabel"));
        willDoBy.setVisible(false);
        outcome.addValueChangeListener(e -> willDoBy.setVisible(e.getValue() == ResponseOutcome.WILL_DO));
        Button save = new Button(getTranslation("response.save"), e -> {
            try {
                feedback.respond(comment.id(), new OfficialResponse(outcome.getValue(), body.getValue(), willDoBy.getValue()));
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                Map<String, String> problems = ex.fieldMessageKeys();
                if (problems.containsKey("willDoBy")) {
                    willDoBy.setInvalid(true);
                    willDoBy.setErrorMessage(getTranslation(problems.get("willDoBy")));
                }
                if (problems.containsKey("body")) {
                    body.setInvalid(true);
                    body.setErrorMessage(getTranslation(problems.get("body")));
                }
            } catch (jakarta.validation.ConstraintViolationException ex) {
                ex.getConstraintViolations().forEach(v -> {
                    String path = v.getPropertyPath().toString();
                    if (path.endsWith("outcome")) {
                        outcome.setInvalid(true);
                        outcome.setErrorMessage(getTranslation("response.outcome.required"));
                    } else {
                        body.setInvalid(true);
                        body.setErrorMessage(getTranslation("response.body.required"));
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("response.cancel"), e -> close());
        add(outcome, body, new ReadabilityPanel(language).watch(body), willDoBy);
        getFooter().add(cancel, save);
    }
}

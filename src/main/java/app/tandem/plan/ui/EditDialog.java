package app.tandem.plan.ui;

import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small form in a dialog that saves through a service: server messages appear beside the field,
 * a conflict says so plainly, and the dialog closes only when the save succeeded.
 */
abstract class EditDialog extends Dialog {

    private final Runnable onSaved;
    private final Paragraph problem = new Paragraph();
    private Map<String, ? extends Component> fields = Map.of();
    final Button save = new Button();
    final Button remove = new Button();

    EditDialog(String titleKey, Runnable onSaved) {
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(titleKey));
        problem.addClassName("attention");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        save.setText(getTranslation("edit.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("edit.cancel"), e -> close());
        remove.setText(getTranslation("edit.remove"));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setVisible(false);
        getFooter().add(remove, cancel, save);
        setWidth("min(46rem, 100vw)");
    }

    void form(Map<String, ? extends Component> byName, Component... components) {
        this.fields = byName;
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (Component c : components) {
            if (c instanceof com.vaadin.flow.component.textfield.TextArea || c instanceof Paragraph) {
                form.setColspan(c, 2);
            }
        }
        add(problem, form);
    }

    void onSave(Runnable action) {
        save.addClickListener(e -> attempt(action));
    }

    void onRemove(Runnable action) {
        remove.setVisible(true);
        remove.addClickListener(e -> attempt(action));
    }

    private void attempt(Runnable action) {
        problem.setVisible(false);
        fields.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        try {
            action.run();
            close();
            onSaved.run();
        } catch (ConstraintViolationException | InvalidInputException e) {
            FieldErrors.of(e, this::getTranslation).orElseThrow().forEach(this::mark);
        } catch (EditConflictException e) {
            problem.setText(getTranslation("edit.conflict.dialog"));
            problem.setVisible(true);
        }
    }

    private void mark(String field, String message) {
        @Nullable Component c = fields.get(field);
        if (c instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }
}

package app.tandem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The GOV.UK error summary: a box at the top of a form that takes focus, lists every problem as
 * "Field: message" linking to the field, while each field shows its own message beside it. Fields
 * that cannot show a message themselves (a group, an upload) get a paragraph inserted after their label.
 */
public class ErrorSummary extends Div {

    static final String FIELD_ERROR = "field-error";

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    /**
     * @param fields the form's fields by the name the service uses
     * @param fallbackLabel the words for a field that has no label of its own
     */
    public void show(String title, Map<String, String> errors, Map<String, ? extends Component> fields,
            UnaryOperator<String> fallbackLabel) {
        UnorderedList list = new UnorderedList();
        errors.forEach((field, message) -> {
            Component component = fields.get(field);
            if (component instanceof HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(message);
            } else if (component != null) {
                Paragraph beside = new Paragraph(message);
                beside.addClassName(FIELD_ERROR);
                component.getElement().insertChild(1, beside.getElement());
            }
            String label = component instanceof HasLabel l && l.getLabel() != null ? l.getLabel()
                    : fallbackLabel.apply(field);
            list.add(new ListItem(component == null ? new Paragraph(label + ": " + message)
                    : InPageLink.to(component.getId().orElse(""), label + ": " + message)));
        });
        showContent(new H2(title), list);
    }

    /** Any other problem (an edit conflict, say), in the same box. */
    public void showContent(Component... content) {
        removeAll();
        add(content);
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    /** Hides the box and takes every field's message away again. */
    public void clear(Map<String, ? extends Component> fields) {
        setVisible(false);
        fields.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
            }
            c.getChildren().filter(ch -> ch.hasClassName(FIELD_ERROR)).toList().forEach(Component::removeFromParent);
        });
    }
}

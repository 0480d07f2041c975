package app.tandem.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A label / value list that leaves out empty values. Values are always text nodes, never HTML. */
final class FieldList extends DescriptionList {

    FieldList() {
        addClassName("field-list");
    }

    void add(String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Span text = new Span(value);
            text.addClassName("preserve-lines");
            add(label, text);
        }
    }

    void add(String label, Component value) {
        add(new Term(label), new Description(value));
    }
}

package app.tandem.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A label / value list that leaves out empty values. Values are always text nodes, never HTML. */
final class FieldList extends DescriptionList {

    private final java.util.function.@Nullable Function<String, Component> presenter;

    FieldList() {
        this(null);
    }

    /** Values shown through {@code presenter} (e.g. acronyms explained for parents) rather than as plain spans. */
    FieldList(java.util.function.@Nullable Function<String, Component> presenter) {
        this.presenter = presenter;
        addClassName("field-list");
    }

    void add(String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            if (presenter != null) {
                add(label, presenter.apply(value));
                return;
            }
            Span text = new Span(value);
            text.addClassName("preserve-lines");
            add(label, text);
        }
    }

    void add(String label, Component value) {
        add(new Term(label), new Description(value));
    }
}

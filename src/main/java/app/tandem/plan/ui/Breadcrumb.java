package app.tandem.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** Plan > Priority 2 > Outcome 2.1 > Action 2.1b: where this page sits. The last item is the current page. */
final class Breadcrumb extends Nav {

    private final OrderedList list = new OrderedList();

    Breadcrumb() {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", getTranslation("breadcrumb.label"));
        add(list);
    }

    Breadcrumb link(String text, String href) {
        list.add(new ListItem(new Anchor(href, text)));
        return this;
    }

    Breadcrumb current(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("aria-current", "page");
        list.add(new ListItem(span));
        return this;
    }
}

package app.tandem.plan.ui;

import app.tandem.plan.PlanViews.StatusView;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A status shown as words, a shape and a colour, never colour alone. The colour comes from the
 * plan's scheme (validated as #rrggbb when stored).
 */
final class StatusChip extends Span {

    StatusChip(@Nullable StatusView status) {
        addClassName("status-chip");
        Span shape = new Span();
        shape.addClassName("status-shape");
        shape.getElement().setAttribute("aria-hidden", "true");
        if (status == null) {
            addClassName("status-none");
            add(shape, new Span(getTranslation("status.notRated")));
        } else {
            getStyle().set("--status-colour", status.colour());
            if (status.complete()) {
                addClassName("status-complete");
            }
            add(shape, new Span(status.label()));
            if (status.description() != null) {
                setTitle(status.description());
            }
        }
    }
}

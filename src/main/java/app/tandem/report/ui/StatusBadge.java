package app.tandem.report.ui;

import app.tandem.report.ReportViews.FrozenStatus;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A status as words, a shape and a colour (never colour alone), styled like the plan's chips. */
final class StatusBadge extends Span {

    StatusBadge(@Nullable FrozenStatus status) {
        addClassName("status-chip");
        Span shape = new Span();
        shape.addClassName("status-shape");
        shape.getElement().setAttribute("aria-hidden", "true");
        if (status == null) {
            addClassName("status-none");
            add(shape, new Span(getTranslation("report.notRated")));
        } else {
            if (status.colour().matches("#[0-9a-fA-F]{6}")) {
                getStyle().set("--status-colour", status.colour());
            }
            if (status.complete()) {
                addClassName("status-complete");
            }
            add(shape, new Span(status.label()));
        }
    }

    static String words(StatusBadge c, @Nullable FrozenStatus s) {
        return s == null ? c.getTranslation("report.notRated") : s.label();
    }
}

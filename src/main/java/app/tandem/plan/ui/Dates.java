package app.tandem.plan.ui;

import app.tandem.plan.PlanViews.WrittenDateView;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates in words, as families read them: "14 March 2026". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    static @Nullable String day(Component c, @Nullable LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** The words as written, with the date they were read as when that adds something. */
    static @Nullable String written(Component c, WrittenDateView d) {
        if (d.words() == null) {
            return d.date() == null ? null : DAY.format(d.date());
        }
        if (d.date() == null || d.precision() == null) {
            return d.words();
        }
        String read = DAY.format(d.date());
        return d.words().equalsIgnoreCase(read) ? d.words() : c.getTranslation("date.writtenAs", d.words(), read);
    }
}

package app.tandem.feedback.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in words, as families read them. */
final class Words {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private Words() {}

    static String day(LocalDate d) {
        return DAY.format(d);
    }

    static String when(Instant i) {
        return TIME.format(i.atZone(ZoneId.of("Europe/London"))).replace("AM", "am").replace("PM", "pm");
    }

    /** "due in 3 days, 14 March", "due today, 14 March", "overdue by 2 days, 12 March". */
    static String due(Component c, LocalDate due, long daysLeft) {
        String date = SHORT_DAY.format(due);
        if (daysLeft == 0) {
            return c.getTranslation("due.today", date);
        }
        if (daysLeft == 1) {
            return c.getTranslation("due.tomorrow", date);
        }
        if (daysLeft > 1) {
            return c.getTranslation("due.inDays", daysLeft, date);
        }
        return daysLeft == -1 ? c.getTranslation("due.overdueOneDay", date) : c.getTranslation("due.overdueDays", -daysLeft, date);
    }
}

package app.tandem.home.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates in words with the date beside them: "due in 3 days, 14 March". Pure, so it is tested alone. */
final class DateWords {

    /** The page's translator, e.g. {@code component::getTranslation}. */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... params);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateWords() {}

    /** "14 March", with the year when it is not this year. */
    static String day(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? DAY : DAY_YEAR).format(date);
    }

    /** "due today, 14 March", "due tomorrow, ...", "due in 3 days, ...", "2 days overdue, due 12 March". */
    static String due(Words words, LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        String day = day(due, today);
        if (days == 0) {
            return words.get("home.due.today", day);
        }
        if (days == 1) {
            return words.get("home.due.tomorrow", day);
        }
        if (days > 1) {
            return words.get("home.due.inDays", days, day);
        }
        return -days == 1 ? words.get("home.due.overdueOne", day) : words.get("home.due.overdue", -days, day);
    }
}

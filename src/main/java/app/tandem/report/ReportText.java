package app.tandem.report;

import app.tandem.report.ReportViews.FrozenStatus;
import app.tandem.report.ReportViews.StatusTally;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words shared by the exports, worded like the board's own highlight reports. */
final class ReportText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String NOT_RATED = "Not yet rated";

    private ReportText() {}

    static String status(@Nullable FrozenStatus s) {
        return s == null ? NOT_RATED : s.label();
    }

    /** "16 Completed (Feb 2023 update 14)", or without the bracket when there is no previous period. */
    static String tally(StatusTally t, @Nullable String previousName) {
        String now = t.now() + " " + status(t.status());
        return t.previous() == null || previousName == null ? now : now + " (" + previousName + " " + t.previous() + ")";
    }

    static String day(@Nullable LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}

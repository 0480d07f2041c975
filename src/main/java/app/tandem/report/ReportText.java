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

    /**
     * "16 Completed (14 at Feb 2023 update)": the board's own "16 Completed (Feb update 14)" with
     * the number first, so it cannot be read as part of the period's name. No bracket when there
     * is no previous period.
     */
    static String tally(StatusTally t, @Nullable String previousName) {
        String now = t.now() + " " + status(t.status());
        return t.previous() == null || previousName == null ? now : now + " (" + t.previous() + " at " + previousName + ")";
    }

    /** "16 completed (14 at Feb 2023 update), out of 40 actions." The board's headline. */
    static String completed(ReportViews.HighlightReport r) {
        Long before = ReportViews.completeBefore(r);
        return ReportViews.completeNow(r) + " completed"
                + (before == null || r.previous() == null ? "" : " (" + before + " at " + r.previous().name() + ")")
                + ", out of " + r.total() + " actions.";
    }

    static String statusWords(@Nullable String label) {
        return label == null ? NOT_RATED : label;
    }

    /** Text on one line, shortened with an ellipsis past 300 characters: for a line of a report. */
    static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 299).strip() + "…";
    }

    static String day(@Nullable LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}

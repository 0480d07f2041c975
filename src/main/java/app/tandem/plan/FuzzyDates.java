package app.tandem.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the loosely written dates found in SEND improvement plans ("Nov-21", "Q2 2019", "during 19/20",
 * "On-going", ...) into a {@link Reading} that keeps the words exactly as written (trimmed) together with a
 * date and a {@link DatePrecision}, when a date can be read at all.
 *
 * <h2>Financial years</h2>
 * Plans are written by English local authorities and NHS bodies, so quarters and split years are read as
 * <b>UK public sector financial years</b>, which run 1 April to 31 March:
 * <ul>
 *   <li>Q1 = April-June, Q2 = July-September, Q3 = October-December, Q4 = January-March.</li>
 *   <li>"Q2 2019", "Q2 19/20" and "Q2 2019/20" all mean Q2 of financial year 2019/20 (July-September 2019);
 *       "Q4 2019" means January-March 2020. A quarter with no year ("Q2", "end of Q1") belongs to the
 *       financial year containing the reference date.</li>
 *   <li>"2019/20", "2019-20", "19/20", "FY19/20" read as that financial year: 31 March of the second year,
 *       precision {@link DatePrecision#YEAR}. The two halves must be consecutive years, otherwise the text
 *       is not a financial year.</li>
 * </ul>
 *
 * <h2>The date chosen</h2>
 * Every reading is the <em>last</em> day of the period written, so that a deadline is only overdue once the
 * whole period has passed: a month reads as its last day ({@link DatePrecision#MONTH}), a quarter as its last
 * day ({@link DatePrecision#QUARTER}), a bare calendar year such as "2026" as 31 December
 * ({@link DatePrecision#YEAR}).
 * <ul>
 *   <li>Days ({@link DatePrecision#DAY}) are UK ordered: dd/MM/yy, d/M/yyyy, dd.MM.yyyy, dd-MM-yy, ISO
 *       yyyy-MM-dd, "1 April 2026", "1st April 2026", "01-Apr", "01-Apr-20", and US style only with an ordinal
 *       or comma ("April 1st", "April 1, 2026").</li>
 *   <li>Two-digit years are 20yy. A month followed by two digits is month and year: "November 21" and
 *       "Nov-21" are November 2021, not 21 November.</li>
 *   <li>"Jan/Feb 2020" (also "-", "&amp;", "to", "and", "or") reads the second month; the year is taken to
 *       belong to the second month.</li>
 *   <li>Seasons read at {@link DatePrecision#MONTH} as the end of the season: Spring = 31 May, Summer =
 *       31 August, Autumn (or Fall) = 30 November, Winter = end of February of the <em>following</em> year
 *       ("Winter 2026" = 28 February 2027). With an academic year ("Spring 2025/26") Autumn takes the first
 *       year and Spring, Summer and Winter the second.</li>
 *   <li>Days and months with no year ("01-Apr", "September", "start in September", "Spring term") take the
 *       reference date's year, or the next year when that date would be more than six months before the
 *       reference date (strictly before {@code reference.minusMonths(6)}). The same rule is used for days and
 *       months. The word "may" only counts as the month without a year when it stands alone or follows a
 *       word like "in", "by", "from", "until", "end of", so "this may slip" has no date.</li>
 * </ul>
 * When text holds several dates the one written <em>first</em> wins (ties go to the more precise reading).
 * Text in round or square brackets is ignored first ("26/4/19 (CQG)"); only if nothing is found without it is
 * the bracketed text read too. Text with no recognisable date ("On-going", "TBC", "Started", "N/A") has a null
 * date and a null precision. {@link #read} never throws; a null reference date means today.
 * <p>
 * Known ambiguities, resolved on purpose: a number just before a month is a day ("Phase 2 Sept 2019" reads as
 * 2 September 2019); two consecutive two-digit numbers are a financial year ("11/12" is 2011/12, not 11
 * December); an impossible day such as "31/02/2026" is not a day, so a later reading (here the year 2026) is
 * used.
 */
public final class FuzzyDates {

    /** How precisely the words name a date. */
    public enum DatePrecision { DAY, MONTH, QUARTER, YEAR }

    /**
     * The words as written (trimmed, or null) and the date read from them with its precision; date and
     * precision are both null when no date could be read.
     */
    public record Reading(String words, LocalDate date, DatePrecision precision) {
        /** True when a date could be read from the words. */
        public boolean hasDate() {
            return date != null;
        }
    }

    private FuzzyDates() {
    }

    /**
     * Reads a date from plan words. Never throws.
     *
     * @param words     the words as written in the plan; may be null
     * @param reference the date the words are read relative to (e.g. the plan's date, or today) for words
     *                  without a year such as "01-Apr", "September" or "Q2"; null means today
     */
    public static Reading read(String words, LocalDate reference) {
        if (words == null) {
            return new Reading(null, null, null);
        }
        String trimmed = words.strip();
        if (trimmed.isEmpty()) {
            return new Reading(trimmed, null, null);
        }
        try {
            LocalDate ref = reference != null ? reference : LocalDate.now();
            String text = normalise(trimmed);
            Found found = scan(BRACKETS.matcher(text).replaceAll(" "), ref);
            if (found == null) {
                found = scan(text, ref);
            }
            return found == null
                    ? new Reading(trimmed, null, null)
                    : new Reading(trimmed, found.date(), found.precision());
        } catch (RuntimeException | StackOverflowError e) {
            return new Reading(trimmed, null, null);
        }
    }

    /** True when the reading has a date and that date is before {@code today}. */
    public static boolean isPast(Reading r, LocalDate today) {
        return r != null && r.date() != null && today != null && r.date().isBefore(today);
    }

    // ------------------------------------------------------------------------------------------ patterns

    private record Found(LocalDate date, DatePrecision precision) {
    }

    @FunctionalInterface
    private interface Interpreter {
        /** The date read from the match, or null when the match is not a valid date. */
        Found interpret(Matcher m, String text, LocalDate ref);
    }

    private record Rule(Pattern pattern, Interpreter interpreter) {
    }

    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");

    private static final String MONTH_ALT = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /**
     * A year after a day and month: four digits, or two digits not followed by a day suffix or month name
     * (so "1 Apr - 26 Apr" is not read as 1 April 2026).
     */
    private static final String DAY_MONTH_YEAR = "(?<y>\\d{4}(?!\\d)|\\d{2}(?!\\d)"
            + "(?![\\s\\-/.]*(?:st|nd|rd|th|" + MONTH_ALT + ")(?![a-z])))";

    private static final String NOT_AFTER_NUMBER = "(?<!\\d)(?<!\\d[-/.])";

    private static String month(String group) {
        return "(?<![a-z])(?<" + group + ">" + MONTH_ALT + ")(?![a-z])";
    }

    private static final Pattern MAY_CONTEXT = Pattern.compile(
            "(?:^|[^a-z])(?:in|by|from|until|till|til|before|after|of|early|mid|late|during|since|to|"
                    + "starting|beginning)[\\s\\-]*$");

    /** Rules in priority order: at the same position an earlier rule wins. */
    private static final List<Rule> RULES = List.of(
            // ISO yyyy-MM-dd (also yyyy/MM/dd, yyyy.MM.dd)
            new Rule(Pattern.compile("(?<!\\d)(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d)"),
                    (m, t, ref) -> day(year(m.group("y")), num(m.group("mo")), num(m.group("d")))),
            // dd/MM/yy, d/M/yyyy, dd.MM.yyyy, dd-MM-yy
            new Rule(Pattern.compile(NOT_AFTER_NUMBER
                            + "(?<d>\\d{1,2})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?!\\d)"),
                    (m, t, ref) -> day(year(m.group("y")), num(m.group("mo")), num(m.group("d")))),
            // 1 April 2026, 1st April 2026, 01-Apr, 01-Apr-20, 3rd of May
            new Rule(Pattern.compile(NOT_AFTER_NUMBER + "(?<d>\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*(?:of\\s+)?"
                            + month("m") + "(?:[\\s,\\-/.']*" + DAY_MONTH_YEAR + ")?"),
                    (m, t, ref) -> m.group("y") != null
                            ? day(year(m.group("y")), monthNumber(m.group("m")), num(m.group("d")))
                            : dayNoYear(monthNumber(m.group("m")), num(m.group("d")), ref)),
            // April 1st, April 1st 2026, April 1, 2026
            new Rule(Pattern.compile(month("m")
                            + "\\s+(?<d>\\d{1,2})(?:(?:st|nd|rd|th)(?![a-z])\\s*,?|\\s*,)(?:\\s*(?<y>\\d{4})(?!\\d))?"),
                    (m, t, ref) -> m.group("y") != null
                            ? day(year(m.group("y")), monthNumber(m.group("m")), num(m.group("d")))
                            : dayNoYear(monthNumber(m.group("m")), num(m.group("d")), ref)),
            // Q2, Q2 2019, Q2 19/20, Q2 2019/20, Q3-Q4 2019, quarter 2
            new Rule(Pattern.compile("(?<![a-z0-9])(?:q|quarter\\s*)(?<q1>[1-4])"
                            + "(?:\\s*(?:-|/|&|to|and)\\s*(?:q|quarter\\s*)(?<q2>[1-4]))?(?!\\d)"
                            + "(?:[\\s,\\-]*(?:of\\s+)?(?:fy\\s*)?(?<y1>\\d{4}|\\d{2})(?!\\d)"
                            + "(?:\\s*[/\\-]\\s*(?<y2>\\d{4}|\\d{2})(?!\\d))?)?"),
                    FuzzyDates::quarter),
            // 2019/20, 2019-20, 19/20, FY19/20, 2019/2020
            new Rule(Pattern.compile(NOT_AFTER_NUMBER
                            + "(?:fy\\s*)?(?<a>\\d{4}|\\d{2})\\s*[/\\-]\\s*(?<b>\\d{4}|\\d{2})(?!\\d)(?![/.\\-]\\d)"),
                    (m, t, ref) -> {
                        Integer second = financialYearEnd(m.group("a"), m.group("b"));
                        return second == null ? null : new Found(LocalDate.of(second, 3, 31), DatePrecision.YEAR);
                    }),
            // April 2020, Apr 2020, Sept 2019, Sep-19, Nov-21, November 21, Nov 2019-, Jan/Feb 2020
            new Rule(Pattern.compile(month("m1") + "(?:\\s*(?:-|/|&|to|and|or)\\s*" + month("m2") + ")?"
                            + "[\\s,\\-/.']*(?<y>\\d{4}|\\d{2})(?!\\d)"),
                    (m, t, ref) -> {
                        String name = m.group("m2") != null ? m.group("m2") : m.group("m1");
                        return monthEnd(year(m.group("y")), monthNumber(name));
                    }),
            // Spring 2026, Summer term 2025, Autumn 2025/26
            new Rule(Pattern.compile("(?<![a-z])(?<s>spring|summer|autumn|fall|winter)(?![a-z])(?:\\s+term)?"
                            + "[\\s,\\-/.']*(?<y>\\d{4}|\\d{2})(?!\\d)(?:\\s*[/\\-]\\s*(?<y2>\\d{4}|\\d{2})(?!\\d))?"),
                    FuzzyDates::seasonWithYear),
            // 2026
            new Rule(Pattern.compile("(?<!\\d)(?<y>20\\d{2})(?!\\d)"),
                    (m, t, ref) -> new Found(LocalDate.of(num(m.group("y")), 12, 31), DatePrecision.YEAR)),
            // September, start in September, end of March
            new Rule(Pattern.compile(month("m")),
                    (m, t, ref) -> {
                        String name = m.group("m");
                        if (name.equals("may") && !mayIsMonth(t, m.start(), m.end())) {
                            return null;
                        }
                        return monthNoYear(monthNumber(name), ref);
                    }),
            // Spring term, in the summer
            new Rule(Pattern.compile("(?<![a-z])(?<s>spring|summer|autumn|winter)(?![a-z])"),
                    (m, t, ref) -> monthNoYear(seasonEndMonth(m.group("s")), ref)));

    // ------------------------------------------------------------------------------------------ scanning

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u00a0', ' ');
    }

    /** The reading that starts earliest in the text; at the same position the earlier rule wins. */
    private static Found scan(String text, LocalDate ref) {
        Found best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                if (m.start() >= bestStart) {
                    break;
                }
                Found found = interpretSafely(rule, m, text, ref);
                if (found != null) {
                    best = found;
                    bestStart = m.start();
                    break;
                }
                from = m.start() + 1;
            }
        }
        return best;
    }

    private static Found interpretSafely(Rule rule, Matcher m, String text, LocalDate ref) {
        try {
            return rule.interpreter().interpret(m, text, ref);
        } catch (RuntimeException e) {
            return null; // e.g. 31/02/2026 or a year out of range: not a date, keep looking
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /** Two-digit years are 20yy. */
    private static int year(String digits) {
        int y = num(digits);
        return digits.length() <= 2 ? 2000 + y : y;
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Found day(int year, int month, int day) {
        return new Found(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    private static Found monthEnd(int year, int month) {
        return new Found(YearMonth.of(year, month).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** Reference year, or the next year when that date is more than six months before the reference. */
    private static Found dayNoYear(int month, int day, LocalDate ref) {
        LocalDate date = LocalDate.of(ref.getYear(), month, day);
        if (date.isBefore(ref.minusMonths(6))) {
            date = LocalDate.of(ref.getYear() + 1, month, day);
        }
        return new Found(date, DatePrecision.DAY);
    }

    /** Reference year, or the next year when that month's end is more than six months before the reference. */
    private static Found monthNoYear(int month, LocalDate ref) {
        YearMonth ym = YearMonth.of(ref.getYear(), month);
        if (ym.atEndOfMonth().isBefore(ref.minusMonths(6))) {
            ym = ym.plusYears(1);
        }
        return new Found(ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** The second year of a financial year such as 2019/20, or null if the halves are not consecutive. */
    private static Integer financialYearEnd(String first, String second) {
        int start = year(first);
        if (second.length() == 2) {
            return num(second) == (start + 1) % 100 ? start + 1 : null;
        }
        return num(second) == start + 1 ? start + 1 : null;
    }

    private static Found quarter(Matcher m, String text, LocalDate ref) {
        int q = num(m.group("q1"));
        int fy;
        if (m.group("y1") != null) {
            fy = year(m.group("y1"));
        } else {
            fy = ref.getMonthValue() >= 4 ? ref.getYear() : ref.getYear() - 1;
        }
        if (m.group("q2") != null) {
            int q2 = num(m.group("q2"));
            if (q2 < q) {
                fy++; // "Q4-Q1 2019": Q1 of the following financial year
            }
            q = q2;
        }
        LocalDate end = switch (q) {
            case 1 -> LocalDate.of(fy, 6, 30);
            case 2 -> LocalDate.of(fy, 9, 30);
            case 3 -> LocalDate.of(fy, 12, 31);
            default -> LocalDate.of(fy + 1, 3, 31);
        };
        return new Found(end, DatePrecision.QUARTER);
    }

    private static int seasonEndMonth(String season) {
        return switch (season) {
            case "spring" -> 5;
            case "summer" -> 8;
            case "autumn", "fall" -> 11;
            default -> 2; // winter
        };
    }

    private static Found seasonWithYear(Matcher m, String text, LocalDate ref) {
        String season = m.group("s");
        int y = year(m.group("y"));
        Integer academicEnd = m.group("y2") == null ? null : financialYearEnd(m.group("y"), m.group("y2"));
        int endYear;
        if (academicEnd != null) {
            // academic year y/y+1: autumn in the first year, spring/summer/winter's end in the second
            endYear = season.equals("autumn") || season.equals("fall") ? y : academicEnd;
        } else {
            endYear = season.equals("winter") ? y + 1 : y;
        }
        return monthEnd(endYear, seasonEndMonth(season));
    }

    /** "may" is the month only when alone or after a word such as "in", "by", "until", "end of". */
    private static boolean mayIsMonth(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        if (start == 0 && onlyPunctuationFrom(text, end)) {
            return true;
        }
        return MAY_CONTEXT.matcher(before).find();
    }

    private static boolean onlyPunctuationFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".,;:!-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}

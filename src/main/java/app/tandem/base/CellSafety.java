package app.tandem.base;

import org.jspecify.annotations.Nullable;

/**
 * Quality bar BI-2, in one place for every export (reports, plan exports, survey results): text
 * that a spreadsheet could take for a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe, so opening an export never runs anything.
 */
public final class CellSafety {

    private CellSafety() {}

    public static String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

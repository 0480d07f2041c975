package app.tandem.report;

import org.jspecify.annotations.Nullable;

/**
 * Quality bar BI-2: text that a spreadsheet could take for a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading apostrophe, so opening an export never runs anything.
 */
final class CellSafety {

    private CellSafety() {}

    static String neutralise(@Nullable String text) {
        return app.tandem.base.CellSafety.neutralise(text); // one rule for every export
    }
}

package app.tandem.importer;

import org.jspecify.annotations.Nullable;

/**
 * Quality bar BI-2: a cell that starts with = + - @ tab or carriage return could be run as a
 * formula by a spreadsheet program, so exported text gets a leading apostrophe and stays text.
 */
public final class CellSafety {

    private CellSafety() {}

    public static String neutralise(@Nullable String text) {
        return app.tandem.base.CellSafety.neutralise(text); // one rule for every export
    }
}

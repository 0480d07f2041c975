package app.tandem.base;

import java.util.OptionalLong;

/**
 * A count shown beside one entry of the side navigation (e.g. how many things an officer owes,
 * beside Home), so the layout need not know which module counts it. Spring beans; {@link #count()}
 * runs for the signed-in person each time they move to another page, so it must be cheap and bounded.
 */
public interface MenuBadge {

    /** The menu entry's path, as in {@code @Route} (the home page is {@code ""}). */
    String path();

    /** The count for the signed-in person, or empty when this person has no such count. */
    OptionalLong count();

    /** Words read after the number by screen readers, e.g. "things to do"; an i18n key. */
    String wordsKey();
}

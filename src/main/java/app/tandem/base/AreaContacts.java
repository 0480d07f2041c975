package app.tandem.base;

import java.util.Optional;

/**
 * Where the public pages (accessibility statement, privacy notice) find an area's contact
 * details, so that base need not depend on the access module that keeps them. A Spring bean.
 */
public interface AreaContacts {

    /** The area with this slug (for a visitor who is not signed in), or the signed-in person's own area. */
    Optional<AreaContact> find(String areaSlug);

    /** The signed-in person's area; empty for anonymous visitors. */
    Optional<AreaContact> ofSignedInArea();
}

package app.tandem.access;

import app.tandem.base.AreaContact;
import app.tandem.base.AreaContacts;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's published contact details for the public pages. They are public by nature (the area
 * prints them on its statement), so anyone may read them; only admins change them, through
 * {@link AccessService#updateAreaContact}.
 */
@Component
@Transactional(readOnly = true)
class AreaContactDirectory implements AreaContacts {

    private final LocalAreaRepository areas;
    private final CurrentUser currentUser;

    AreaContactDirectory(LocalAreaRepository areas, CurrentUser currentUser) {
        this.areas = areas;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<AreaContact> find(String areaSlug) {
        return areas.findBySlug(areaSlug).map(LocalArea::contact);
    }

    @Override
    public Optional<AreaContact> ofSignedInArea() {
        return currentUser.get().filter(u -> !u.isSystem()).flatMap(u -> areas.findById(u.areaId())).map(LocalArea::contact);
    }
}

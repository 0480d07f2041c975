package app.tandem.base;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a local area about Tandem, as it publishes it on its accessibility statement and
 * privacy notice: the team, its e-mail, phone and postal address, and who answers data protection
 * requests. Any part may be missing until an admin fills it in.
 */
public record AreaContact(String areaName, @Nullable String team, @Nullable String email, @Nullable String phone,
        @Nullable String address, @Nullable String privacyEmail) {}

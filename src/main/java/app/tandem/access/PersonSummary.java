package app.tandem.access;

import org.jspecify.annotations.Nullable;

/**
 * A person as other modules and views see them. {@code email} is left out (null) when the viewer
 * is a family member or board viewer: they see who leads an action, not how to reach their inbox.
 */
public record PersonSummary(
        long id,
        @Nullable String email,
        String displayName,
        @Nullable String jobTitle,
        @Nullable Long organisationId,
        Role role,
        boolean enabled) {}

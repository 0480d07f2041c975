package app.tandem.access;

import org.jspecify.annotations.Nullable;

/** A person as other modules and views see them. */
public record PersonSummary(
        long id,
        String email,
        String displayName,
        @Nullable String jobTitle,
        @Nullable Long organisationId,
        Role role,
        boolean enabled) {}

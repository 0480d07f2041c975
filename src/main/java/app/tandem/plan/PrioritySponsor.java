package app.tandem.plan;

import org.jspecify.annotations.Nullable;

/**
 * Who sponsors a priority: the name as the plan wrote it and, when an admin has linked one, the
 * sponsor's account, which receives the weekly sponsor digest for that priority.
 */
public record PrioritySponsor(long priorityId, long version, String number, String title,
        @Nullable String sponsorAsWritten, @Nullable Long accountId, @Nullable String accountName) {}

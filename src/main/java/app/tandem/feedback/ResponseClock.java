package app.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When a published comment on an action appeared, was answered and was due: what response times are made of. */
record ResponseClock(Long actionId, Instant publishedAt, @Nullable Instant respondedAt, @Nullable LocalDate dueDate) {}

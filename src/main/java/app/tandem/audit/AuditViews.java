package app.tandem.audit;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the audit module offers views: read models only. */
public final class AuditViews {

    private AuditViews() {}

    /** Which records to show: any of the parts may be left out. Dates are whole days, UK time, both included. */
    public record AuditFilter(@Nullable AuditKind kind, @Nullable Long actorId, @Nullable LocalDate from,
            @Nullable LocalDate to) {

        public static AuditFilter everything() {
            return new AuditFilter(null, null, null, null);
        }
    }

    /** One record as shown: who and which person by their current name ("A former ..." after erasure). */
    public record AuditEntry(long id, Instant at, AuditKind kind, String who, @Nullable String objectType,
            @Nullable Long objectId, String what) {}

    /** How long the area keeps things, in months (at least 1, at most 240). */
    public record RetentionSettings(long version,
            @jakarta.validation.constraints.Min(value = 1, message = "{retention.months.range}")
            @jakarta.validation.constraints.Max(value = 240, message = "{retention.months.range}") int commentsMonths,
            @jakarta.validation.constraints.Min(value = 1, message = "{retention.months.range}")
            @jakarta.validation.constraints.Max(value = 240, message = "{retention.months.range}") int answersMonths,
            @jakarta.validation.constraints.Min(value = 1, message = "{retention.months.range}")
            @jakarta.validation.constraints.Max(value = 240, message = "{retention.months.range}") int auditMonths) {}
}

package app.tandem.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An officer's edit of an action. {@code version} is the version they started from: if someone
 * saved in between, the save is refused rather than overwriting their work.
 */
public record ActionEdit(
        long version,
        @NotBlank(message = "{action.title.required}") @Size(max = 2000, message = "{text.tooLong}") String title,
        @Size(max = 4000, message = "{text.tooLong}") @Nullable String objective,
        @Size(max = 8000, message = "{text.tooLong}") @Nullable String inspectionFinding,
        @Nullable Long leadOrganisationId,
        @NotNull Set<Long> partnerOrganisationIds,
        @NotNull Set<Long> leadOfficerIds,
        @Size(max = 1000, message = "{text.tooLong}") @Nullable String whoText,
        @Size(max = 300, message = "{text.tooLong}") @Nullable String seniorLead,
        @Size(max = 8000, message = "{text.tooLong}") @Nullable String healthAction,
        @Size(max = 8000, message = "{text.tooLong}") @Nullable String laAction,
        @Nullable Resource resource,
        @Size(max = 200, message = "{text.tooLong}") @Nullable String startWords,
        @Size(max = 200, message = "{text.tooLong}") @Nullable String endWords,
        @Size(max = 8000, message = "{text.tooLong}") @Nullable String detail,
        @Size(max = 4000, message = "{text.tooLong}") @Nullable String monitoring,
        @Size(max = 4000, message = "{text.tooLong}") @Nullable String measureOfSuccess,
        @Size(max = 4000, message = "{text.tooLong}") @Nullable String evidence,
        @Size(max = 8000, message = "{text.tooLong}") @Nullable String notes,
        @Nullable Long statusId,
        @Nullable LocalDate statusDate) {}

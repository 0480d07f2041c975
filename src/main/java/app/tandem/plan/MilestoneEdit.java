package app.tandem.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Add or change a milestone. {@code version} is ignored when adding. */
public record MilestoneEdit(
        long version,
        @NotBlank(message = "{milestone.description.required}") @Size(max = 2000, message = "{text.tooLong}")
                String description,
        @Size(max = 200, message = "{text.tooLong}") @Nullable String deadlineWords,
        @Nullable LocalDate doneDate) {}

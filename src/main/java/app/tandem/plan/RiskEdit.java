package app.tandem.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Add or change a risk. Scores are never typed: only the factors, each 1 to 5 or left empty. */
public record RiskEdit(
        long version,
        @NotBlank(message = "{risk.description.required}") @Size(max = 2000, message = "{text.tooLong}")
                String description,
        @Size(max = 2000, message = "{text.tooLong}") @Nullable String resultIn,
        @Min(value = 1, message = "{risk.factor.range}") @Max(value = 5, message = "{risk.factor.range}")
                @Nullable Integer consequence,
        @Min(value = 1, message = "{risk.factor.range}") @Max(value = 5, message = "{risk.factor.range}")
                @Nullable Integer likelihood,
        @Size(max = 4000, message = "{text.tooLong}") @Nullable String mitigation,
        @Min(value = 1, message = "{risk.factor.range}") @Max(value = 5, message = "{risk.factor.range}")
                @Nullable Integer revisedConsequence,
        @Min(value = 1, message = "{risk.factor.range}") @Max(value = 5, message = "{risk.factor.range}")
                @Nullable Integer revisedLikelihood,
        @Nullable Long ownerId) {}

package app.tandem.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin types to add an organisation. */
public record NewOrganisation(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{text.tooLong}") String name,
        @NotBlank(message = "{organisation.shortName.required}") @Size(max = 40, message = "{text.tooLong}")
                String shortName,
        @NotNull(message = "{organisation.kind.required}") OrganisationKind kind) {}

package app.tandem.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an admin types to add a person. Checked again on the server, whatever the form did. */
public record NewPerson(
        @NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 254)
                String email,
        @NotBlank(message = "{person.name.required}") @Size(max = 120, message = "{text.tooLong}") String displayName,
        @Size(max = 200, message = "{text.tooLong}") @Nullable String jobTitle,
        @Nullable Long organisationId,
        @NotNull(message = "{person.role.required}") Role role) {}

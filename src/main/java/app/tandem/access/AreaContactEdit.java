package app.tandem.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An admin's change to the contact details their area publishes; blank parts are cleared. */
public record AreaContactEdit(
        @Size(max = 200, message = "{area.contact.team.length}") @Nullable String team,
        @Email(message = "{area.contact.email.invalid}") @Size(max = 254, message = "{area.contact.email.invalid}")
                @Nullable String email,
        @Pattern(regexp = "[0-9 +()-]{0,40}", message = "{area.contact.phone.invalid}") @Nullable String phone,
        @Size(max = 500, message = "{area.contact.address.length}") @Nullable String address,
        @Email(message = "{area.contact.email.invalid}") @Size(max = 254, message = "{area.contact.email.invalid}")
                @Nullable String privacyEmail) {}

package app.tandem.access;

import app.tandem.base.AreaContact;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A local area: the tenant. The only table without an area of its own. */
@Entity
@Table(name = "local_area")
class LocalArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{2,60}")
    private String slug;

    private @Nullable String contactTeam;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String contactAddress;
    private @Nullable String privacyEmail;

    protected LocalArea() {
        this.name = "";
        this.slug = "";
    }

    LocalArea(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    AreaContact contact() {
        return new AreaContact(name, contactTeam, contactEmail, contactPhone, contactAddress, privacyEmail);
    }

    void setContact(AreaContactEdit edit) {
        this.contactTeam = blankToNull(edit.team());
        this.contactEmail = blankToNull(edit.email());
        this.contactPhone = blankToNull(edit.phone());
        this.contactAddress = blankToNull(edit.address());
        this.privacyEmail = blankToNull(edit.privacyEmail());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

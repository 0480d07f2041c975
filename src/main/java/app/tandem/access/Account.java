package app.tandem.access;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person who signs in. Belongs to one area, has one role, may belong to an organisation. */
@Entity
@Table(name = "account")
class Account extends AreaScopedEntity {

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name")
    private String displayName;

    @Size(max = 200)
    @Column(name = "job_title")
    private @Nullable String jobTitle;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @NotBlank
    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "erased_at")
    private java.time.@Nullable Instant erasedAt;

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.role = Role.VIEWER;
        this.passwordHash = "";
    }

    Account(String email, String displayName, @Nullable String jobTitle, @Nullable Long organisationId, Role role,
            String passwordHash) {
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.organisationId = organisationId;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getJobTitle() {
        return jobTitle;
    }

    @Nullable Long getOrganisationId() {
        return organisationId;
    }

    Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRole(Role role) {
        this.role = role;
    }

    java.time.@Nullable Instant getErasedAt() {
        return erasedAt;
    }

    /**
     * PR-3: forgets the person's name, e-mail address, job title and organisation; the account can
     * never sign in again (disabled, and a password hash that matches no password).
     */
    void erase(String formerLabel, String unusablePasswordHash, java.time.Instant at) {
        this.email = FormerNames.erasedEmail(java.util.Objects.requireNonNull(getId()));
        this.displayName = formerLabel;
        this.jobTitle = null;
        this.organisationId = null;
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.erasedAt = at;
    }
}

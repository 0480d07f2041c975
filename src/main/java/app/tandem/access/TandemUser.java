package app.tandem.access;

import app.tandem.base.AreaPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as kept in the session. Carries the area that scopes every query. */
public final class TandemUser implements UserDetails, CredentialsContainer, AreaPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Granted only to start-up work such as loading demo data; no account can hold it. */
    static final String SYSTEM_AUTHORITY = "ROLE_SYSTEM";

    private final long accountId;
    private final long areaId;
    private final String email;
    private final String displayName;
    private final @Nullable Role role;
    private final @Nullable Long organisationId;
    private final boolean enabled;
    private @Nullable String passwordHash;

    TandemUser(long accountId, long areaId, String email, String displayName, @Nullable Role role,
            @Nullable Long organisationId, boolean enabled, @Nullable String passwordHash) {
        this.accountId = accountId;
        this.areaId = areaId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** A principal for system work in one area (demo data, scheduled jobs): admin rights plus SYSTEM. */
    public static TandemUser system(long areaId) {
        return new TandemUser(0, areaId, "system@tandem.invalid", "Tandem", null, null, true, null);
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public long areaId() {
        return areaId;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** Empty for the system principal. */
    public java.util.Optional<Role> role() {
        return java.util.Optional.ofNullable(role);
    }

    public boolean hasRole(Role r) {
        return role == r || (role == null && r == Role.ADMIN);
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public boolean isSystem() {
        return role == null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (role == null) {
            return List.of(new SimpleGrantedAuthority(SYSTEM_AUTHORITY), new SimpleGrantedAuthority(Role.ADMIN.authority()));
        }
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TandemUser other && other.accountId == accountId && other.areaId == areaId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId) * 31 + Long.hashCode(areaId);
    }

    @Override
    public String toString() {
        return "TandemUser[" + accountId + "]";
    }
}

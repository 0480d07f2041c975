package app.tandem.access;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A council, NHS body, forum, school or provider, named as plans name it ("WH", "NCL CCG"). */
@Entity
@Table(name = "organisation")
class Organisation extends AreaScopedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 40)
    @Column(name = "short_name")
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private boolean active = true;

    protected Organisation() {
        this.name = "";
        this.shortName = "";
        this.kind = OrganisationKind.OTHER;
    }

    Organisation(String name, String shortName, OrganisationKind kind) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    OrganisationKind getKind() {
        return kind;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(java.util.Objects.requireNonNull(getId()), name, shortName, kind, active);
    }
}

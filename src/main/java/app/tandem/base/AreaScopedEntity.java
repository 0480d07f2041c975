package app.tandem.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Every row of area data extends this. Hibernate fills and filters {@code area_id} from the
 * session's tenant (see {@link AreaTenantResolver}), so no query can forget it, and {@code
 * version} gives optimistic locking to every edit.
 */
@MappedSuperclass
public abstract class AreaScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @TenantId
    @Column(name = "area_id", nullable = false, updatable = false)
    private @Nullable Long areaId;

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Long getAreaId() {
        return areaId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(o)) {
            return false;
        }
        return id != null && id.equals(((AreaScopedEntity) o).getId());
    }

    @Override
    public int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}

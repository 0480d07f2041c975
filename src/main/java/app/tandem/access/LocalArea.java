package app.tandem.access;

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
}

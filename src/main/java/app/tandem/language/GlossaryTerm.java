package app.tandem.language;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An area's own glossary entry; it adds to, or overrides, the built-in entry of the same acronym. */
@Entity
@Table(name = "language_glossary_term")
class GlossaryTerm extends AreaScopedEntity {
    String acronym = "";
    String meaning = "";
    @Nullable String explanation;

    protected GlossaryTerm() {}

    GlossaryTerm(String acronym) {
        this.acronym = acronym;
    }
}

package app.tandem.language;

import app.tandem.base.NotFoundException;
import app.tandem.language.LanguageViews.GlossaryEdit;
import app.tandem.language.LanguageViews.GlossaryEntry;
import app.tandem.language.LanguageViews.Readability;
import app.tandem.language.LanguageViews.Segment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The area glossary (built-in SEND acronyms plus the area's own entries, which win), acronyms in
 * text explained, and readability for people writing to parents.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class LanguageService {

    /** Tells the audit module (AU-1) about deleted glossary entries. */
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher events;


    private final GlossaryTermRepository terms;

    LanguageService(GlossaryTermRepository terms) {
        this.terms = terms;
    }

    /** Every entry, built-in and the area's own (which override the built-in one), by acronym. */
    @PreAuthorize("isAuthenticated()")
    public List<GlossaryEntry> glossary() {
        return glossaryMap().values().stream()
                .sorted(Comparator.comparing((GlossaryEntry e) -> e.acronym().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Adds an area entry, or changes the area's entry for that acronym (overriding a built-in one). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public GlossaryEntry saveTerm(@Valid GlossaryEdit edit) {
        String acronym = edit.acronym().strip();
        GlossaryTerm t = terms.findByAcronym(acronym).orElseGet(() -> new GlossaryTerm(acronym));
        t.meaning = edit.meaning().strip();
        t.explanation = edit.explanation() == null || edit.explanation().isBlank() ? null : edit.explanation().strip();
        terms.saveAndFlush(t);
        return entry(t);
    }

    /** Removes the area's own entry; a built-in entry of the same acronym shows again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteTerm(@NotNull String acronym) {
        GlossaryTerm t = terms.findByAcronym(acronym).orElseThrow(() -> new NotFoundException("Glossary entry"));
        terms.delete(t);
        terms.flush();
        events.publishEvent(new app.tandem.base.Deleted(java.util.Objects.requireNonNull(t.getAreaId()), "GLOSSARY_TERM",
                java.util.Objects.requireNonNull(t.getId()), t.acronym));
    }

    /** The text split into plain runs and acronyms with their meaning; joined, the runs give the text back. */
    @PreAuthorize("isAuthenticated()")
    public List<Segment> explain(@Size(max = 20_000) @Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : PlainText.explain(text, glossaryMap());
    }

    /** How readable the text is, and which acronyms in it the glossary does not explain. */
    @PreAuthorize("isAuthenticated()")
    public Readability readability(@Size(max = 20_000) @Nullable String text) {
        return PlainText.readability(text == null ? "" : text, glossaryMap());
    }

    private Map<String, GlossaryEntry> glossaryMap() {
        Map<String, GlossaryEntry> all = new HashMap<>(BuiltInGlossary.TERMS);
        for (GlossaryTerm t : terms.findAllByOrderByAcronymAsc()) {
            all.put(t.acronym, entry(t));
        }
        return all;
    }

    private static GlossaryEntry entry(GlossaryTerm t) {
        return new GlossaryEntry(t.acronym, t.meaning, t.explanation, false);
    }
}

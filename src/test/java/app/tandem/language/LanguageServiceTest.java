package app.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.language.LanguageViews.GlossaryEdit;
import app.tandem.language.LanguageViews.GlossaryEntry;
import app.tandem.language.LanguageViews.Segment;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class LanguageServiceTest extends TandemSpringTest {

    @Autowired
    LanguageService language;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestEntries() {
        jdbc.update("delete from language_glossary_term where acronym in ('QIP', 'AR')");
    }

    @Test
    void an_area_entry_adds_to_the_glossary_and_overrides_a_built_in_one_for_that_area_only() {
        as(NORTHMERE_ADMIN, () -> language.saveTerm(new GlossaryEdit("QIP", "Quality improvement plan", "A plan to get better.")));
        as(NORTHMERE_ADMIN, () -> language.saveTerm(new GlossaryEdit("AR", "Additional resource", null)));

        assertThat(as(NORTHMERE_FORUM_MEMBER, () -> language.explain("The QIP and the AR.")))
                .filteredOn(Segment::isAcronym).extracting(Segment::meaning)
                .containsExactly("Quality improvement plan", "Additional resource");
        assertThat(as(NORTHMERE_ADMIN, () -> language.glossary())).filteredOn(e -> e.acronym().equals("AR"))
                .singleElement().extracting(GlossaryEntry::builtIn).isEqualTo(false);
        // Another area still reads the built-in meaning and does not know QIP.
        assertThat(as(EASTBROOK_ADMIN, () -> language.explain("The QIP and the AR.")))
                .filteredOn(Segment::isAcronym).extracting(Segment::meaning).containsExactly("Annual review");
        assertThat(as(EASTBROOK_ADMIN, () -> language.readability("The QIP.").unknownAcronyms())).containsExactly("QIP");

        as(NORTHMERE_ADMIN, () -> language.deleteTerm("AR"));
        assertThat(as(NORTHMERE_ADMIN, () -> language.glossary())).filteredOn(e -> e.acronym().equals("AR"))
                .singleElement().extracting(GlossaryEntry::builtIn).isEqualTo(true);
    }

    @Test
    void only_admins_change_the_glossary_and_entries_are_checked() {
        assertThatThrownBy(() -> as(NORTHMERE_OFFICER, () -> language.saveTerm(new GlossaryEdit("QIP", "Quality", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NORTHMERE_ADMIN, () -> language.saveTerm(new GlossaryEdit("<b>", "", null))))
                .isInstanceOf(ConstraintViolationException.class);
    }
}

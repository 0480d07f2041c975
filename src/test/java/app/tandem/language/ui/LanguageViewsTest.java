package app.tandem.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Acronyms explained to parents on the action page; admins keep the area glossary. */
class LanguageViewsTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestEntries() {
        jdbc.update("delete from language_glossary_term where acronym = 'EHC'");
    }

    private long actionWithAcronyms() {
        return as(NORTHMERE_ADMIN, () -> plans.findActions(plans.listPlans().getFirst().id(),
                new ActionFilter(java.util.Set.of(), false, null, null, null, false, "EHC needs assessments"), 0, 1)
                .getFirst().id());
    }

    @Test
    void a_parent_sees_acronyms_as_abbreviations_with_the_meaning_once_an_officer_sees_plain_text() {
        long actionId = actionWithAcronyms();
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("actions/" + actionId);
        assertThat(_find(Abbr.class)).isNotEmpty();
        Abbr first = _find(Abbr.class).getFirst();
        assertThat(first.getElement().getAttribute("title")).isNotBlank();
        long expansions = _find(Span.class).stream().filter(s -> s.hasClassName("visually-hidden")
                && s.getText().startsWith(" (")).count();
        long distinct = _find(Abbr.class).stream().map(Abbr::getText).distinct().count();
        assertThat(expansions).as("one spelled-out meaning per acronym on the page").isEqualTo(distinct);

        login(NORTHMERE_OFFICER);
        UI.getCurrent().navigate("actions/" + actionId);
        assertThat(_find(Abbr.class)).isEmpty();
    }

    @Test
    void an_admin_gives_an_acronym_the_areas_own_meaning_and_parents_see_it() {
        login(NORTHMERE_ADMIN);
        UI.getCurrent().navigate("admin/glossary");
        assertThat(_get(H1.class).getText()).isEqualTo("Glossary of acronyms");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Acronym")), "EHC");
        _setValue(_get(TextField.class, spec -> spec.withLabel("What it stands for")), "Northmere’s EHC meaning");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Plain explanation")), "Schools, NHS and care together.");
        _click(_get(Button.class, spec -> spec.withText("Save entry")));

        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("actions/" + actionWithAcronyms());
        assertThat(_find(Abbr.class)).anyMatch(a -> a.getText().equals("EHC")
                && a.getElement().getAttribute("title").startsWith("Northmere’s EHC meaning"));
    }
}

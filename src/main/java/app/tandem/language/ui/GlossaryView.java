package app.tandem.language.ui;

import app.tandem.base.NotFoundException;
import app.tandem.language.LanguageService;
import app.tandem.language.LanguageViews.GlossaryEdit;
import app.tandem.language.LanguageViews.GlossaryEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/** The area glossary: the built-in SEND acronyms and the area's own entries, which admins add or change. */
@Route("admin/glossary")
@Menu(title = "menu.glossary", order = 15)
@RolesAllowed("ADMIN")
class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    private final LanguageService language;
    private final Grid<GlossaryEntry> grid = new Grid<>();
    final TextField acronym = new TextField();
    final TextField meaning = new TextField();
    final TextArea explanation = new TextArea();
    private final Paragraph status = new Paragraph();

    GlossaryView(LanguageService language) {
        this.language = language;
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")));
        status.getElement().setAttribute("role", "status");

        acronym.setLabel(getTranslation("glossary.acronym"));
        acronym.setMaxLength(30);
        meaning.setLabel(getTranslation("glossary.meaning"));
        meaning.setMaxLength(200);
        meaning.setWidthFull();
        explanation.setLabel(getTranslation("glossary.explanation"));
        explanation.setMaxLength(1000);
        explanation.setWidthFull();
        Button save = new Button(getTranslation("glossary.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button remove = new Button(getTranslation("glossary.remove"), e -> remove());
        Div form = new Div(new H2(getTranslation("glossary.formTitle")), new Paragraph(getTranslation("glossary.formHelp")),
                acronym, meaning, explanation, new HorizontalLayout(save, remove));
        form.addClassName("section");
        add(form, status);

        grid.addColumn(GlossaryEntry::acronym).setHeader(getTranslation("glossary.acronym")).setAutoWidth(true);
        grid.addColumn(GlossaryEntry::meaning).setHeader(getTranslation("glossary.meaning")).setFlexGrow(2);
        grid.addColumn(g -> g.explanation() == null ? "" : g.explanation()).setHeader(getTranslation("glossary.explanation"))
                .setFlexGrow(3);
        grid.addColumn(g -> getTranslation(g.builtIn() ? "glossary.builtIn" : "glossary.areaOwn"))
                .setHeader(getTranslation("glossary.source")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("glossary.title"));
        grid.addItemClickListener(e -> {
            acronym.setValue(e.getItem().acronym());
            meaning.setValue(e.getItem().meaning());
            explanation.setValue(e.getItem().explanation() == null ? "" : e.getItem().explanation());
        });
        add(grid);
        refresh();
    }

    private void save() {
        acronym.setInvalid(false);
        meaning.setInvalid(false);
        try {
            GlossaryEntry saved = language.saveTerm(new GlossaryEdit(acronym.getValue().strip(), meaning.getValue(),
                    explanation.getValue()));
            status.setText(getTranslation("glossary.saved", saved.acronym()));
            refresh();
        } catch (ConstraintViolationException ex) {
            ex.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                TextField field = path.endsWith("acronym") ? acronym : meaning;
                field.setInvalid(true);
                field.setErrorMessage(v.getMessage());
            });
        }
    }

    private void remove() {
        try {
            language.deleteTerm(acronym.getValue().strip());
            status.setText(getTranslation("glossary.removed", acronym.getValue().strip()));
            refresh();
        } catch (NotFoundException ex) {
            acronym.setInvalid(true);
            acronym.setErrorMessage(getTranslation("glossary.notAreaOwn"));
        }
    }

    private void refresh() {
        grid.setItems(language.glossary());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.title") + " | " + getTranslation("app.name");
    }
}

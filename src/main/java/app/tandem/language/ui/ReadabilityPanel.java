package app.tandem.language.ui;

import app.tandem.language.LanguageService;
import app.tandem.language.LanguageViews.Readability;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * How readable the text being written is, updated as the writer types: average sentence length,
 * the reading-ease score, the share of long words, and acronyms the glossary does not explain.
 * Plain or not is said in words with an icon, never colour alone.
 */
public class ReadabilityPanel extends Div {

    private final LanguageService language;
    private final Span verdict = new Span();
    private final Paragraph numbers = new Paragraph();
    private final Paragraph acronyms = new Paragraph();

    public ReadabilityPanel(LanguageService language) {
        this.language = language;
        addClassName("readability");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        add(new Div(verdict), numbers, acronyms);
        show("");
    }

    /** Shows the readability of the field's value, now and whenever it changes (set its value change mode to LAZY). */
    public ReadabilityPanel watch(TextArea field) {
        show(field.getValue());
        field.addValueChangeListener(e -> show(e.getValue()));
        return this;
    }

    void show(String text) {
        Readability r = language.readability(text);
        verdict.removeAll();
        if (r.words() == 0) {
            verdict.setText(getTranslation("readability.empty"));
            numbers.setText("");
            acronyms.setText("");
            return;
        }
        var icon = (r.plain() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("readability-icon");
        verdict.add(icon, new Span(" " + getTranslation(r.plain() ? "readability.plain" : "readability.hard")));
        verdict.getElement().setAttribute("class", r.plain() ? "readability-plain" : "readability-hard");
        numbers.setText(getTranslation("readability.numbers", r.averageSentenceLength(), Math.round(r.readingEase()),
                r.longWordPercent()));
        acronyms.setText(r.unknownAcronyms().isEmpty() ? getTranslation("readability.acronymsKnown")
                : getTranslation("readability.acronymsUnknown", String.join(", ", r.unknownAcronyms())));
    }
}

package app.tandem.language.ui;

import app.tandem.language.LanguageViews.Segment;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text with its acronyms as accessible abbreviations: each one an {@code <abbr title="meaning">},
 * and the first time an acronym appears on a page its meaning follows in visually hidden text, so
 * screen readers say it too. Every piece is a text node: never HTML.
 */
public class ExplainedText extends Span {

    public ExplainedText(List<Segment> segments) {
        addClassName("preserve-lines");
        addClassName("explained-text");
        Set<String> shown = shownOnThisPage();
        for (Segment s : segments) {
            if (!s.isAcronym()) {
                add(new Text(s.text()));
                continue;
            }
            String meaning = s.explanation() == null ? s.meaning() : s.meaning() + ": " + s.explanation();
            add(new Abbr(s.text(), meaning));
            if (shown.add(s.text())) {
                Span expansion = new Span(" (" + s.meaning() + ")");
                expansion.addClassName("visually-hidden");
                add(expansion);
            }
        }
    }

    /**
     * Acronyms already expanded on the page being built: a page is built in one server round trip,
     * so the set is an attribute of the current request and starts empty on the next.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> shownOnThisPage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return new HashSet<>();
        }
        Object stored = request.getAttribute("language.shownAcronyms");
        if (stored == null) {
            stored = new HashSet<String>();
            request.setAttribute("language.shownAcronyms", stored);
        }
        return (Set<String>) stored;
    }

}

package app.tandem.language.ui;

import app.tandem.language.LanguageViews.Segment;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
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

    /** Acronyms already expanded on the page being built (per UI and location). */
    @SuppressWarnings("unchecked")
    private static Set<String> shownOnThisPage() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new HashSet<>();
        }
        String page = ui.getInternals().getActiveViewLocation().getPath() + "#" + ui.getInternals().getActiveRouterTargetsChain().size();
        Object[] stored = (Object[]) ComponentUtil.getData(ui, "language.shownAcronyms");
        if (stored == null || !page.equals(stored[0])) {
            stored = new Object[] {page, new HashSet<String>()};
            ComponentUtil.setData(ui, "language.shownAcronyms", stored);
        }
        return (Set<String>) stored[1];
    }
}

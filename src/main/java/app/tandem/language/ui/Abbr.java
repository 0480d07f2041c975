package app.tandem.language.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;

/** An HTML {@code <abbr>} with its expansion as the title: Flow has no such component. Text only. */
@Tag("abbr")
public class Abbr extends Component implements HasText {

    public Abbr(String text, String title) {
        setText(text);
        getElement().setAttribute("title", title);
    }
}

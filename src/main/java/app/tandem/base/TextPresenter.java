package app.tandem.base;

import com.vaadin.flow.component.Component;

/**
 * Shows plan text to the signed-in person, e.g. with acronyms as accessible abbreviations for
 * parents (the language module implements it), so views of other modules need not depend on that
 * module. A Spring bean; when none exists, views show the text as it is. Always text, never HTML.
 */
public interface TextPresenter {

    Component present(String text);
}

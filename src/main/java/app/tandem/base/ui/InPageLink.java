package app.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to an element on the same page (skip link, error summary entry). Vaadin's
 * {@code <base href>} resolves "#id" against the app root, so a plain fragment link would leave
 * the page for "/". This one keeps the href for what it means and moves focus in the browser.
 * The script is a fixed text with the id passed as a parameter, never concatenated.
 */
public final class InPageLink {

    private InPageLink() {}

    public static Anchor to(String targetId, String text) {
        Anchor link = new Anchor("#" + targetId, text);
        link.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  e.stopPropagation();
                  const target = document.getElementById($0);
                  if (target) { target.scrollIntoView({block: 'center'}); target.focus(); }
                })""", targetId);
        return link;
    }
}

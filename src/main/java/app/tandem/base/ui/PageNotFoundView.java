package app.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that does not exist, or one this person's role may not open (Vaadin reports both as not
 * found, so the page reveals nothing about what exists). Replaces Vaadin's bare default.
 */
@AnonymousAllowed
public class PageNotFoundView extends RouteNotFoundError implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " | " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        Main main = new Main(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.body")),
                new Anchor("", getTranslation("notFound.home")));
        main.addClassName("public-page");
        main.setId(MainLayout.MAIN_ID);
        getElement().appendChild(main.getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

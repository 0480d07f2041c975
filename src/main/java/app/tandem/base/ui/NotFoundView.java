package app.tandem.base.ui;

import app.tandem.base.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Something that does not exist in this person's area. Same page whether it never existed or is another area's. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " | " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("public-page");
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.body")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

package app.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** A service refused the signed-in person: say so plainly. */
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " | " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("public-page");
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("denied.title")), new Paragraph(getTranslation("denied.body")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}

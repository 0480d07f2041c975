package app.tandem.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anything unexpected while opening a page: a plain sentence and a reference id to quote, never a
 * stack trace or SQL (quality bar BI-7). The full error goes to the log under the same reference.
 * Errors in a page already open (a button's work failing) go to {@link UnexpectedErrors}.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout
        implements HasErrorParameter<Exception>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " | " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.log(parameter.getCaughtException());
        removeAll();
        addClassName("public-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
        Paragraph ref = new Paragraph(getTranslation("error.reference", reference));
        ref.setId("error-reference");
        add(new H1(getTranslation("error.title")),
                new Paragraph(getTranslation(ErrorReference.messageKey(parameter.getCaughtException()))), ref);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}

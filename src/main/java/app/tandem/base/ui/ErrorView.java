package app.tandem.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: a plain sentence and a reference id to quote, never a stack trace or SQL
 * (quality bar BI-7). The full error goes to the log under the same reference.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, parameter.getCaughtException());
        removeAll();
        addClassName("public-page");
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.body")),
                new Paragraph(getTranslation("error.reference", reference)));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}

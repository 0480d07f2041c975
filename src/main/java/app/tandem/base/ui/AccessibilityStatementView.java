package app.tandem.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The accessibility statement public sector sites must publish (quality bar PR-4). */
@Route(value = "accessibility", autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    public AccessibilityStatementView() {
        addClassName("public-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("accessibility.title")));
        for (String section : new String[] {"intro", "target", "known", "report"}) {
            add(new H2(getTranslation("accessibility." + section + ".heading")),
                    new Paragraph(getTranslation("accessibility." + section + ".body")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " | " + getTranslation("app.name");
    }
}

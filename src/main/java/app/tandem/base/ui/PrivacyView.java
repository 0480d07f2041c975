package app.tandem.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** How Tandem uses personal information, in plain English. */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    public PrivacyView() {
        addClassName("public-page");
        setId(MainLayout.MAIN_ID);
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("privacy.title")));
        for (String section : new String[] {"what", "cookies", "rights"}) {
            add(new H2(getTranslation("privacy." + section + ".heading")),
                    new Paragraph(getTranslation("privacy." + section + ".body")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}

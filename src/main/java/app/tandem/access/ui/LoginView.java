package app.tandem.access.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with e-mail and password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    public LoginView() {
        addClassName("login-page");
        setId("main-content");
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        signedOut.setVisible(false);
        signedOut.addClassName("notice");
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.intro")), signedOut, login,
                new HorizontalLayout(new Anchor("accessibility", getTranslation("accessibility.title")),
                        new Anchor("privacy", getTranslation("privacy.title"))));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.formTitle"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        if (params.containsKey("signedout")) {
            signedOut.setText(getTranslation("login.signedOut"));
            signedOut.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " | " + getTranslation("app.name");
    }
}

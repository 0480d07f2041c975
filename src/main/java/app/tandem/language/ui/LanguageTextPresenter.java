package app.tandem.language.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.base.TextPresenter;
import app.tandem.language.LanguageService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** For forum members and young people, plan text shows acronyms with their meaning; for others it is plain text. */
@org.springframework.stereotype.Component
class LanguageTextPresenter implements TextPresenter {

    private final LanguageService language;
    private final CurrentUser currentUser;

    LanguageTextPresenter(LanguageService language, CurrentUser currentUser) {
        this.language = language;
        this.currentUser = currentUser;
    }

    @Override
    public Component present(String text) {
        boolean explain = currentUser.get().map(u -> u.hasRole(Role.FORUM_MEMBER) || u.hasRole(Role.YOUNG_PERSON))
                .orElse(false);
        if (!explain) {
            Span plain = new Span(text);
            plain.addClassName("preserve-lines");
            return plain;
        }
        return new ExplainedText(language.explain(text));
    }
}

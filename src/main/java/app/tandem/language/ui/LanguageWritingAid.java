package app.tandem.language.ui;

import app.tandem.base.WritingAid;
import app.tandem.language.LanguageService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

/** The live readability panel, for views of modules that do not depend on this one (the action edit page). */
@org.springframework.stereotype.Component
class LanguageWritingAid implements WritingAid {

    private final LanguageService language;

    LanguageWritingAid(LanguageService language) {
        this.language = language;
    }

    @Override
    public Component watch(TextArea field) {
        return new ReadabilityPanel(language).watch(field);
    }
}

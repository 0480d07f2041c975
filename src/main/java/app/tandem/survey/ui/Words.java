package app.tandem.survey.ui;

import app.tandem.survey.SurveyViews.WaveView;
import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shared wording of the survey officer pages. */
final class Words {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Words() {}

    /** "Autumn 2026: open, 1 Oct 2026 to 30 Nov 2026, 312 answers". */
    static String wave(Component c, WaveView w) {
        return c.getTranslation("surveyAdmin.wave.line", w.name(), c.getTranslation("surveyAdmin.wave.status." + w.status().name()),
                DAY.format(w.opens()), DAY.format(w.closes()), w.responseCount());
    }
}

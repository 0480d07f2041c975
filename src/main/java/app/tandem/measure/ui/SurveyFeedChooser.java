package app.tandem.measure.ui;

import app.tandem.measure.MeasureViews.SurveyFeed;
import com.vaadin.flow.component.Component;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of the measure form that picks a survey question and how to count it. A prototype-scoped
 * bean, one per form, present once the survey module is there.
 */
interface SurveyFeedChooser {

    /** The fields, registered in {@code fieldsByName} under the service's field names (survey, method, surveyOptions). */
    Component create(long planId, Map<String, Component> fieldsByName);

    void setValue(@Nullable SurveyFeed feed);

    @Nullable SurveyFeed getValue();
}

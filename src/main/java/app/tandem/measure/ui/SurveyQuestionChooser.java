package app.tandem.measure.ui;

import app.tandem.measure.MeasureViews.SurveyFeed;
import app.tandem.measure.SurveyFedRule.Method;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveySummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * Picks the survey question a measure is worked out from: the survey (one of the plan's), its
 * question, how (percentage choosing some answers, average, count) and which answers count.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
class SurveyQuestionChooser implements SurveyFeedChooser {

    private final SurveyService surveys;

    final Select<SurveySummary> survey = new Select<>();
    final Select<QuestionView> question = new Select<>();
    final Select<Method> method = new Select<>();
    final CheckboxGroup<OptionView> answers = new CheckboxGroup<>();
    private @Nullable SurveyDefinition definition;

    SurveyQuestionChooser(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public Component create(long planId, Map<String, Component> fieldsByName) {
        Div box = new Div();
        List<SurveySummary> list = surveys.surveysOfPlan(planId);
        if (list.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("measure.edit.noSurveys")));
        }
        survey.setLabel(box.getTranslation("measure.edit.survey"));
        survey.setId("field-survey");
        survey.setItems(list);
        survey.setItemLabelGenerator(SurveySummary::title);
        question.setLabel(box.getTranslation("measure.edit.question"));
        question.setId("field-question");
        question.setItemLabelGenerator(QuestionView::text);
        method.setLabel(box.getTranslation("measure.edit.field.method"));
        method.setId("field-method");
        method.setItems(Method.values());
        method.setItemLabelGenerator(m -> box.getTranslation("measure.edit.method." + m.name()));
        method.setHelperText(box.getTranslation("measure.edit.method.help"));
        answers.setLabel(box.getTranslation("measure.edit.field.surveyOptions"));
        answers.setId("field-surveyOptions");
        answers.setItemLabelGenerator(OptionView::label);
        survey.addValueChangeListener(e -> {
            definition = e.getValue() == null ? null : surveys.definition(e.getValue().id());
            question.setItems(definition == null ? List.of() : definition.questions());
        });
        question.addValueChangeListener(e -> answers.setItems(e.getValue() == null ? List.of() : e.getValue().options()));
        fieldsByName.put("survey", survey);
        fieldsByName.put("method", method);
        fieldsByName.put("surveyOptions", answers);
        FormLayout form = new FormLayout(survey, question, method, answers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        box.add(form);
        return box;
    }

    @Override
    public void setValue(@Nullable SurveyFeed feed) {
        if (feed == null) {
            return;
        }
        survey.getListDataView().getItems().filter(s -> s.id() == feed.surveyId()).findFirst().ifPresent(survey::setValue);
        question.getListDataView().getItems().filter(q -> q.id() == feed.questionId()).findFirst().ifPresent(question::setValue);
        method.setValue(feed.method());
        Set<String> codes = new HashSet<>(feed.optionCodes());
        answers.setValue(answers.getListDataView().getItems().filter(o -> codes.contains(o.code()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public @Nullable SurveyFeed getValue() {
        if (survey.getValue() == null || question.getValue() == null) {
            return null;
        }
        List<OptionView> shown = question.getValue().options();
        return new SurveyFeed(survey.getValue().id(), question.getValue().id(), method.getValue(),
                shown.stream().filter(answers.getValue()::contains).map(OptionView::code).toList());
    }
}

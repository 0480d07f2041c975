package app.tandem.survey.ui;

import app.tandem.base.ui.ErrorSummary;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionView;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Add or change one question: its type, words (and easy-read words), help, required, "prefer not
 * to say", options for choice questions (one a line), limits for numbers, and a show-if condition
 * on an earlier question's answers. Fields that do not apply to the chosen type are hidden.
 */
class QuestionDialog extends Dialog {

    private final SurveyBuilderView builder;
    private final SectionView section;
    private final @Nullable QuestionView question;

    final Select<QuestionType> type = new Select<>();
    final TextArea text = new TextArea();
    final TextArea easyText = new TextArea();
    final TextArea help = new TextArea();
    final Checkbox required = new Checkbox();
    final Checkbox preferNotToSay = new Checkbox();
    final TextArea options = new TextArea();
    final IntegerField min = new IntegerField();
    final IntegerField max = new IntegerField();
    final Select<QuestionView> showIf = new Select<>();
    final CheckboxGroup<OptionView> showIfOptions = new CheckboxGroup<>();
    final ErrorSummary problems = new ErrorSummary();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    QuestionDialog(SurveyBuilderView builder, SurveyDefinition survey, SectionView section, @Nullable QuestionView question) {
        this.builder = builder;
        this.section = section;
        this.question = question;
        setHeaderTitle(getTranslation(question == null ? "surveyAdmin.question.add" : "surveyAdmin.question.change"));
        setup(type, "type", "surveyAdmin.field.type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("surveyAdmin.type." + t.name()));
        setup(text, "text", "surveyAdmin.field.text");
        text.setMaxLength(500);
        text.setRequiredIndicatorVisible(true);
        setup(easyText, "easyText", "surveyAdmin.field.easyText");
        easyText.setMaxLength(500);
        easyText.setHelperText(getTranslation("surveyAdmin.field.easyText.help"));
        setup(help, "help", "surveyAdmin.field.help");
        help.setMaxLength(1000);
        setup(required, "required", "surveyAdmin.field.required");
        setup(preferNotToSay, "preferNotToSay", "surveyAdmin.field.preferNotToSay");
        setup(options, "options", "surveyAdmin.field.options");
        options.setHelperText(getTranslation("surveyAdmin.field.options.help"));
        setup(min, "min", "surveyAdmin.field.min");
        setup(max, "max", "surveyAdmin.field.max");
        setup(showIf, "showIfQuestionId", "surveyAdmin.field.showIf");
        setup(showIfOptions, "showIfOptions", "surveyAdmin.field.showIfOptions");
        showIf.setHelperText(getTranslation("surveyAdmin.field.showIf.help"));
        showIf.setItems(earlierWithOptions(survey, section, question));
        showIf.setEmptySelectionAllowed(true);
        showIf.setEmptySelectionCaption(getTranslation("surveyAdmin.field.showIf.always"));
        showIf.setItemLabelGenerator(q -> q == null ? getTranslation("surveyAdmin.field.showIf.always") : q.text());
        showIfOptions.setItemLabelGenerator(OptionView::label);
        showIf.addValueChangeListener(e -> {
            showIfOptions.setItems(e.getValue() == null ? List.of() : e.getValue().options());
            showIfOptions.setVisible(e.getValue() != null);
        });
        type.addValueChangeListener(e -> fitTo(e.getValue()));

        if (question != null) {
            type.setValue(question.type());
            text.setValue(question.text());
            easyText.setValue(question.easyText() == null ? "" : question.easyText());
            help.setValue(question.help() == null ? "" : question.help());
            required.setValue(question.required());
            preferNotToSay.setValue(question.preferNotToSay());
            if (question.type().isChoice()) {
                options.setValue(question.options().stream().map(OptionView::label).collect(Collectors.joining("\n")));
            }
            min.setValue(question.min());
            max.setValue(question.max());
            if (question.showIfQuestionId() != null) {
                showIf.getListDataView().getItems().filter(q -> q.id() == question.showIfQuestionId()).findFirst()
                        .ifPresent(showIf::setValue);
                Set<String> codes = new HashSet<>(question.showIfOptions());
                showIfOptions.setValue(showIfOptions.getListDataView().getItems().filter(o -> codes.contains(o.code()))
                        .collect(Collectors.toSet()));
            }
        } else {
            type.setValue(QuestionType.AGREE_5);
            required.setValue(true);
        }
        fitTo(type.getValue());
        showIfOptions.setVisible(showIf.getValue() != null);

        Button save = new Button(getTranslation("surveyAdmin.question.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout body = new VerticalLayout(problems, type, text, easyText, help, required, preferNotToSay, options, min,
                max, showIf, showIfOptions);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("surveyAdmin.cancel"), e -> close()), save);
    }

    private void setup(Component field, String name, String key) {
        field.setId("field-q-" + name);
        if (field instanceof com.vaadin.flow.component.HasLabel l) {
            l.setLabel(getTranslation(key));
        }
        if (field instanceof TextArea area) {
            area.setWidthFull();
        }
        fields.put(name, field);
    }

    /** Shows only what applies to the type: options for choices, limits for numbers, "prefer not to say" where it fits. */
    void fitTo(@Nullable QuestionType t) {
        options.setVisible(t != null && t.isChoice());
        min.setVisible(t == QuestionType.NUMBER);
        max.setVisible(t == QuestionType.NUMBER);
        preferNotToSay.setVisible(t != null && !t.isText());
    }

    /** Questions asked before this one that have answers to choose from. */
    static List<QuestionView> earlierWithOptions(SurveyDefinition survey, SectionView section, @Nullable QuestionView question) {
        List<QuestionView> out = new ArrayList<>();
        for (SectionView s : survey.sections()) {
            for (QuestionView q : s.questions()) {
                if (question != null && q.id() == question.id()) {
                    return out;
                }
                if (q.type().hasOptions()) {
                    out.add(q);
                }
            }
            if (question == null && s.id() == section.id()) {
                return out;
            }
        }
        return out;
    }

    QuestionEdit edit() {
        QuestionType t = type.getValue();
        List<OptionEdit> opts = new ArrayList<>();
        if (t != null && t.isChoice()) {
            List<OptionView> before = question == null ? List.of() : question.options();
            for (String line : Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList()) {
                String code = before.stream().filter(o -> o.label().equals(line)).map(OptionView::code).findFirst().orElse(null);
                opts.add(new OptionEdit(code, line));
            }
        }
        QuestionView on = showIf.getValue();
        List<String> onCodes = on == null ? List.of()
                : on.options().stream().filter(showIfOptions.getValue()::contains).map(OptionView::code).toList();
        return new QuestionEdit(question == null ? 0 : question.version(), t, text.getValue(),
                easyText.getValue().isBlank() ? null : easyText.getValue().strip(),
                help.getValue().isBlank() ? null : help.getValue().strip(), required.getValue(),
                preferNotToSay.isVisible() && preferNotToSay.getValue(), on == null ? null : on.id(), onCodes, opts,
                t == QuestionType.NUMBER ? min.getValue() : null, t == QuestionType.NUMBER ? max.getValue() : null);
    }

    void save() {
        SurveyDefinition[] out = new SurveyDefinition[1];
        QuestionEdit edit = edit();
        if (builder.run(() -> out[0] = question == null ? builder.surveys.addQuestion(section.id(), edit)
                : builder.surveys.updateQuestion(question.id(), edit), problems, fields)) {
            close();
            builder.changed(out[0]);
        }
    }

    /** "addQuestion.edit.options[1].label" → "options"; "updateQuestion.edit.text" → "text". */
    static String field(String path) {
        for (String list : List.of("options", "showIfOptions")) {
            if (path.contains("." + list + "[")) {
                return list;
            }
        }
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** One line about a question for the builder's list: its type, required, prefer not to say, condition. */
    static String describe(Component c, QuestionView q, SurveyDefinition survey) {
        List<String> parts = new ArrayList<>();
        parts.add(c.getTranslation("surveyAdmin.type." + q.type().name()));
        parts.add(c.getTranslation(q.required() ? "surveyAdmin.describe.required" : "surveyAdmin.describe.optional"));
        if (q.preferNotToSay()) {
            parts.add(c.getTranslation("surveyAdmin.describe.preferNotToSay"));
        }
        if (q.type().isChoice()) {
            parts.add(c.getTranslation("surveyAdmin.describe.options",
                    q.options().stream().map(OptionView::label).collect(Collectors.joining(", "))));
        }
        if (q.showIfQuestionId() != null) {
            QuestionView on = survey.question(q.showIfQuestionId());
            if (on != null) {
                parts.add(c.getTranslation("surveyAdmin.describe.showIf", on.text(), q.showIfOptions().stream()
                        .map(code -> on.option(code) == null ? code : on.option(code).label()).collect(Collectors.joining(" or "))));
            }
        }
        return String.join(" · ", parts);
    }
}

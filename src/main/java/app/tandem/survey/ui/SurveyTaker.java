package app.tandem.survey.ui;

import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionView;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.TakingStart;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Takes one survey, page by page, in standard mode (a section per page) or easy-read mode (one
 * question per page, large type, faces with words). Holds only ids, the answers map and a reference
 * to the shared definition record; every page is checked against the definition without a query.
 * The hosting view supplies how to save a draft and how to submit (signed in, through a link as the
 * area's system user, or not at all in preview).
 */
class SurveyTaker extends Div {

    /** What the hosting view does with the answers. */
    interface Backend {
        /** Hands in the answers; the view's mode decides as whom. */
        SubmitResult submit(Submission submission);

        /** Saves a draft (signed-in people only); a no-op elsewhere. */
        default void saveDraft(Map<Long, Answer> answers, @Nullable Long questionId) {}

        default boolean canSaveDraft() {
            return false;
        }

        default boolean preview() {
            return false;
        }
    }

    /** A page: a section's questions (standard) or one question (easy-read). key = section or question id. */
    record Page(long key, @Nullable SectionView section, List<QuestionView> questions) {}

    private final SurveyDefinition definition;
    private final long waveId;
    private final java.util.UUID submissionKey;
    private final Backend backend;
    private final boolean easy;
    final Map<Long, Answer> answers = new HashMap<>();
    /** The page shown (its key), or null on the check-answers page. */
    @Nullable Long currentKey;
    private boolean returnToCheck;
    private final ErrorSummary errors = new ErrorSummary();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<Long, Component> blocks = new HashMap<>();
    /** The page's choice fields by id (the name of their inputs in the browser). */
    private final Map<String, ChoiceField> choices = new LinkedHashMap<>();

    /**
     * What a page's buttons send with their click: every checked input of the page's choice fields,
     * as [name, value] pairs. Ticking a radio button costs no round trip; the answers arrive with Next.
     */
    static final String PAGE_CHOICES = "Array.from(element.closest('.survey-taker')"
            + ".querySelectorAll('fieldset.choice input:checked'), i => [i.name, i.value])";
    private @Nullable SubmitResult submitted;

    /**
     * Submits through {@code save} and, when this call saved the response (not a repeat of an earlier
     * one), records the server time it took, commit included, in the operations module's meters.
     */
    static SubmitResult timed(app.tandem.operations.SurveyMetrics metrics, java.util.function.Supplier<SubmitResult> save) {
        long start = System.nanoTime();
        SubmitResult result = save.get();
        if (!result.alreadySubmitted()) {
            metrics.completed(java.time.Duration.ofNanos(System.nanoTime() - start));
        }
        return result;
    }

    SurveyTaker(TakingStart start, Backend backend) {
        this.definition = start.definition();
        this.waveId = start.waveId();
        this.submissionKey = start.submissionKey();
        this.backend = backend;
        this.easy = definition.easyReadMode();
        this.answers.putAll(start.answers());
        addClassName("survey-taker");
        if (easy) {
            addClassName("easy-read");
        }
        Long resume = start.resumeQuestionId();
        List<Page> pages = pages();
        if (resume != null) {
            currentKey = pages.stream().filter(p -> p.questions().stream().anyMatch(q -> q.id() == resume))
                    .map(Page::key).findFirst().orElse(pages.isEmpty() ? null : pages.getFirst().key());
            showPage();
        } else {
            showStart();
        }
    }

    // ------------------------------------------------------------------------------ pages

    /** The pages as they stand with the answers so far (show-if can add or take away pages). */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        if (easy) {
            for (QuestionView q : definition.shownQuestions(answers)) {
                pages.add(new Page(q.id(), null, List.of(q)));
            }
        } else {
            for (SectionView s : definition.sections()) {
                // a section none of whose questions is asked (show-if) is skipped
                if (s.questions().stream().anyMatch(q -> definition.isShown(q, answers))) {
                    pages.add(new Page(s.id(), s, s.questions()));
                }
            }
        }
        return pages;
    }

    private int indexOf(List<Page> pages, @Nullable Long key) {
        for (int i = 0; i < pages.size(); i++) {
            if (Objects.equals(pages.get(i).key(), key)) {
                return i;
            }
        }
        return -1;
    }

    private void showStart() {
        removeAll();
        currentKey = null;
        add(heading(definition.title()));
        if (backend.preview()) {
            add(previewNote());
        }
        if (definition.introduction() != null) {
            add(new Paragraph(definition.introduction()));
        }
        add(new Paragraph(getTranslation(easy ? "survey.take.minutesEasy" : "survey.take.minutes", definition.minutes())));
        if (!backend.preview() && !backend.canSaveDraft()) {
            add(new Paragraph(getTranslation("survey.take.anonymous")));
        }
        Button start = new Button(getTranslation("survey.take.start"), e -> {
            List<Page> pages = pages();
            if (pages.isEmpty()) {
                showCheck();
            } else {
                currentKey = pages.getFirst().key();
                showPage();
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("survey-start");
        add(start);
    }

    void showPage() {
        List<Page> pages = pages();
        int index = indexOf(pages, currentKey);
        if (index < 0) {
            showCheck();
            return;
        }
        Page page = pages.get(index);
        removeAll();
        fields.clear();
        blocks.clear();
        choices.clear();
        errors.clear(Map.of());
        add(heading(definition.title()));
        if (backend.preview()) {
            add(previewNote());
        }
        Paragraph progress = new Paragraph(easy
                ? getTranslation("survey.take.questionOf", index + 1, pages.size())
                : getTranslation("survey.take.pageOf", index + 1, pages.size()));
        progress.addClassName("survey-progress");
        add(progress, errors);
        if (page.section() != null) {
            add(new H2(page.section().title()));
            if (page.section().introduction() != null) {
                add(new Paragraph(page.section().introduction()));
            }
        }
        Set<Long> sources = new java.util.HashSet<>();
        page.questions().forEach(q -> {
            if (q.showIfQuestionId() != null) {
                sources.add(q.showIfQuestionId());
            }
        });
        for (QuestionView q : page.questions()) {
            Component block = question(q, sources.contains(q.id()));
            blocks.put(q.id(), block);
            add(block);
        }
        refreshVisibility(page);

        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("survey-buttons");
        Button next = pageButton(getTranslation(returnToCheck ? "survey.take.continue" : "survey.take.next"),
                () -> next(page));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClassName("survey-next");
        Button back = pageButton(getTranslation("survey.take.back"), this::back);
        back.addClassName("survey-back");
        buttons.add(next, back);
        add(buttons);
        if (backend.canSaveDraft()) {
            Button save = pageButton(getTranslation("survey.take.saveLater"), () -> saveForLater(page));
            save.addThemeVariants(ButtonVariant.TERTIARY);
            add(save);
        }
    }

    /** A button of a question page: its click first hands in what the browser has checked, then acts. */
    private Button pageButton(String text, Runnable action) {
        Button button = new Button(text);
        button.getElement().addEventListener("click", e -> fromBrowser(e.getEventData().get(PAGE_CHOICES)))
                .addEventData(PAGE_CHOICES);
        button.addClickListener(e -> action.run());
        return button;
    }

    /** The page's checked inputs as the browser sent them: each choice field takes its own (none when absent). */
    private void fromBrowser(@Nullable JsonNode pairs) {
        Map<String, List<String>> byName = new HashMap<>();
        if (pairs != null && pairs.isArray()) {
            for (JsonNode pair : pairs) {
                if (pair.isArray() && pair.size() == 2 && pair.get(0).isString() && pair.get(1).isString()) {
                    byName.computeIfAbsent(pair.get(0).asString(), k -> new ArrayList<>()).add(pair.get(1).asString());
                }
            }
        }
        choices.forEach((name, field) -> field.fromBrowser(byName.getOrDefault(name, List.of())));
    }

    private void next(Page page) {
        Map<Long, String> problems = definition.problems(answers, page.questions());
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        List<Page> pages = pages();
        int index = indexOf(pages, page.key());
        Long nextKey = index + 1 < pages.size() ? pages.get(index + 1).key() : null;
        if (returnToCheck) {
            // after a change, back to the check page unless the change brought up a question still to answer
            nextKey = firstUnanswered(pages);
        }
        currentKey = nextKey;
        saveDraft();
        if (nextKey == null) {
            showCheck();
        } else {
            showPage();
        }
    }

    private @Nullable Long firstUnanswered(List<Page> pages) {
        for (Page p : pages) {
            if (!definition.problems(answers, p.questions()).isEmpty()) {
                return p.key();
            }
        }
        return null;
    }

    private void back() {
        List<Page> pages = pages();
        int index = indexOf(pages, currentKey);
        if (returnToCheck) {
            returnToCheck = false;
            saveDraft();
            showCheck();
            return;
        }
        if (index <= 0) {
            showStart();
            return;
        }
        currentKey = pages.get(index - 1).key();
        saveDraft();
        showPage();
    }

    private void saveForLater(Page page) {
        saveDraft();
        removeAll();
        add(heading(getTranslation("survey.take.savedTitle")));
        add(new Paragraph(getTranslation("survey.take.saved")));
        Button carryOn = new Button(getTranslation("survey.take.carryOn"), e -> showPage());
        carryOn.addThemeVariants(ButtonVariant.PRIMARY);
        add(carryOn, new Anchor("", getTranslation("survey.take.home")));
    }

    private void saveDraft() {
        if (backend.canSaveDraft()) {
            backend.saveDraft(definition.keptAnswers(answers), currentKey == null ? null : firstQuestionOf(currentKey));
        }
    }

    private @Nullable Long firstQuestionOf(long key) {
        return pages().stream().filter(p -> p.key() == key).findFirst()
                .map(p -> p.questions().isEmpty() ? null : p.questions().getFirst().id()).orElse(null);
    }

    private void showProblems(Map<Long, String> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach((id, key) -> messages.put("q" + id, getTranslation(key)));
        errors.clear(fields);
        errors.show(getTranslation("survey.take.problem"), messages, fields, f -> f);
    }

    // ------------------------------------------------------------------------------ check, submit, thanks

    void showCheck() {
        currentKey = null;
        returnToCheck = false;
        removeAll();
        fields.clear();
        add(heading(getTranslation("survey.check.title")));
        if (backend.preview()) {
            add(previewNote());
        }
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        DescriptionList list = new DescriptionList();
        list.addClassName("check-answers");
        List<Page> pages = pages();
        for (QuestionView q : definition.shownQuestions(answers)) {
            Div row = new Div();
            row.addClassName("check-row");
            DescriptionList.Term term = new DescriptionList.Term(questionText(q));
            DescriptionList.Description value = new DescriptionList.Description(answerWords(q, answers.get(q.id())));
            Long pageKey = pages.stream().filter(p -> p.questions().contains(q)).map(Page::key).findFirst().orElse(null);
            Button change = new Button(getTranslation("survey.check.change"), e -> {
                currentKey = pageKey;
                returnToCheck = true;
                showPage();
            });
            change.addThemeVariants(ButtonVariant.TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("survey.check.changeNamed", questionText(q)));
            change.addClassName("check-change");
            DescriptionList.Description action = new DescriptionList.Description(change);
            list.getElement().appendChild(term.getElement(), value.getElement(), action.getElement());
        }
        add(list);
        if (backend.preview()) {
            add(new Paragraph(getTranslation("survey.preview.noSubmit")));
        } else {
            add(new H2(getTranslation("survey.check.sendTitle")));
            add(new Paragraph(getTranslation(easy ? "survey.check.sendEasy" : "survey.check.send")));
        }
        Button submit = new Button(getTranslation(easy ? "survey.check.submitEasy" : "survey.check.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("survey-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(summary, submit));
        Button back = new Button(getTranslation("survey.take.back"), e -> {
            List<Page> now = pages();
            if (now.isEmpty()) {
                showStart();
            } else {
                currentKey = now.getLast().key();
                showPage();
            }
        });
        FlexLayout buttons = new FlexLayout(submit, back);
        buttons.addClassName("survey-buttons");
        add(buttons);
    }

    private void submit(ErrorSummary summary, Button submit) {
        if (backend.preview()) {
            showThanks(null);
            return;
        }
        Map<Long, String> problems = definition.problems(answers, definition.questions());
        if (!problems.isEmpty()) {
            // a required answer is missing (say, after a change): go to the first page with a problem
            currentKey = firstUnanswered(pages());
            showPage();
            showProblems(definition.problems(answers, pages().stream().filter(p -> Objects.equals(p.key(), currentKey))
                    .findFirst().map(Page::questions).orElse(List.of())));
            return;
        }
        try {
            submitted = backend.submit(new Submission(waveId, submissionKey, definition.keptAnswers(answers)));
            showThanks(submitted);
        } catch (RuntimeException e) {
            submit.setEnabled(true);
            var messages = FieldErrors.of(e, this::getTranslation);
            if (messages.isEmpty()) {
                throw e;
            }
            summary.showContent(new H2(getTranslation("survey.take.problem")),
                    new Paragraph(String.join(" ", new TreeSet<>(messages.get().values()))));
        }
    }

    private void showThanks(@Nullable SubmitResult result) {
        removeAll();
        currentKey = null;
        add(heading(getTranslation(easy ? "survey.thanks.titleEasy" : "survey.thanks.title")));
        if (result == null) {
            add(new Paragraph(getTranslation("survey.preview.done")));
            return;
        }
        add(new Paragraph(getTranslation(easy ? "survey.thanks.bodyEasy" : "survey.thanks.body")));
        add(new Paragraph(getTranslation("survey.thanks.ysdwIntro")));
        Anchor ysdw = new Anchor("plans/" + result.planId() + "/you-said-we-did", getTranslation("survey.thanks.ysdw"));
        ysdw.addClassName("survey-ysdw");
        add(ysdw);
    }

    // ------------------------------------------------------------------------------ questions

    private Component question(QuestionView q, boolean live) {
        Div block = new Div();
        block.addClassName("survey-question");
        String label = questionText(q) + (q.required() ? "" : " " + getTranslation("survey.take.optional"));
        Answer current = answers.get(q.id());
        String id = "q" + q.id();
        QuestionType type = q.type();
        if (type.hasOptions()) {
            List<String> codes = new ArrayList<>(q.options().stream().map(OptionView::code).toList());
            if (q.preferNotToSay()) {
                codes.add(QuestionType.PREFER_NOT_TO_SAY);
            }
            Function<String, String> words = code -> QuestionType.PREFER_NOT_TO_SAY.equals(code)
                    ? getTranslation("survey.preferNotToSay")
                    : Objects.requireNonNull(q.option(code)).label();
            Map<String, String> options = new LinkedHashMap<>();
            codes.forEach(code -> options.put(code, words.apply(code)));
            boolean multiple = type == QuestionType.MULTIPLE_CHOICE;
            ChoiceField group = new ChoiceField(label, options, multiple, live);
            choices.put(id, group);
            if (type.isFace()) {
                group.layout(ChoiceField.Layout.FACES);
                codes.forEach(code -> {
                    String face = face(code);
                    if (!face.isEmpty()) {
                        group.decorate(code, face);
                    }
                });
            } else if (type == QuestionType.RATING_0_10) {
                group.layout(ChoiceField.Layout.ROW);
            }
            if (current != null && !current.options().isEmpty()) {
                group.setValue(List.copyOf(current.options()));
            }
            group.addValueChangeListener(e -> answer(q, e.getValue().isEmpty() ? null
                    : multiple ? Answer.choices(e.getValue()) : Answer.choice(e.getValue().getFirst())));
            // The fieldset is the question's block itself: one state node for the whole question.
            group.addClassName("survey-question");
            field(null, group, id, q);
            return group;
        }
        Checkbox pnts = new Checkbox(getTranslation("survey.preferNotToSay"));
        boolean pntsChosen = current != null && current.options().contains(QuestionType.PREFER_NOT_TO_SAY);
        AbstractField<?, ?> input;
        if (type == QuestionType.NUMBER) {
            BigDecimalField number = new BigDecimalField(label);
            if (q.min() != null || q.max() != null) {
                number.setHelperText(joinHelp(q.help(), getTranslation("survey.take.range",
                        q.min() == null ? "…" : q.min(), q.max() == null ? "…" : q.max())));
            }
            if (current != null && current.number() != null) {
                number.setValue(current.number());
            }
            number.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    pnts.setValue(false);
                }
                answer(q, e.getValue() == null ? null : Answer.number(e.getValue()));
            });
            input = number;
        } else {
            HasValue<?, String> text;
            if (type == QuestionType.SHORT_TEXT) {
                TextField f = new TextField(label);
                f.setMaxLength(QuestionType.SHORT_TEXT_MAX);
                text = f;
            } else {
                TextArea f = new TextArea(label);
                f.setMaxLength(QuestionType.LONG_TEXT_MAX);
                f.setHelperText(joinHelp(q.help(), getTranslation("survey.take.maxChars", QuestionType.LONG_TEXT_MAX)));
                text = f;
            }
            if (current != null && current.text() != null) {
                text.setValue(current.text());
            }
            text.addValueChangeListener(e -> {
                String v = e.getValue();
                if (v != null && !v.isBlank()) {
                    pnts.setValue(false);
                }
                answer(q, v == null || v.isBlank() ? null : Answer.text(v));
            });
            input = (AbstractField<?, ?>) text;
        }
        field(block, input, id, q);
        if (q.preferNotToSay()) {
            pnts.setValue(pntsChosen);
            pnts.setId(id + "-pnts");
            pnts.addValueChangeListener(e -> {
                if (e.getValue()) {
                    input.clear();
                    answer(q, Answer.preferNotToSay());
                } else if (QuestionType.PREFER_NOT_TO_SAY.equals(first(answers.get(q.id())))) {
                    answer(q, null);
                }
            });
            block.add(pnts);
        }
        return block;
    }

    private static @Nullable String first(@Nullable Answer a) {
        return a == null || a.options().isEmpty() ? null : a.options().getFirst();
    }

    private void field(@Nullable Div block, Component field, String id, QuestionView q) {
        field.setId(id);
        if (q.help() != null && field instanceof com.vaadin.flow.component.HasHelper h && h.getHelperText() == null) {
            h.setHelperText(q.help());
        } else if (q.help() != null && field instanceof ChoiceField c) {
            c.setHelp(q.help());
        }
        if (field instanceof com.vaadin.flow.component.HasSize s) {
            s.setWidthFull();
        }
        if (q.required() && field instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
            v.setRequiredIndicatorVisible(true);
        }
        fields.put(id, field);
        if (block != null) {
            block.add(field);
        }
    }

    private static String joinHelp(@Nullable String help, String more) {
        return help == null ? more : help + " " + more;
    }

    /** The face drawn beside a faces option's words (decorative: the words carry the meaning). */
    private static String face(String code) {
        return switch (code) {
            case "very_happy" -> "😄";
            case "happy" -> "🙂";
            case "okay" -> "😐";
            case "sad" -> "🙁";
            case "very_sad" -> "😢";
            default -> "";
        };
    }

    private void answer(QuestionView q, @Nullable Answer a) {
        if (a == null || a.isEmpty()) {
            answers.remove(q.id());
        } else {
            answers.put(q.id(), a);
        }
        List<Page> pages = pages();
        pages.stream().filter(p -> Objects.equals(p.key(), currentKey)).findFirst().ifPresent(this::refreshVisibility);
    }

    /** Shows and hides this page's questions as earlier answers change (standard mode). */
    private void refreshVisibility(Page page) {
        for (QuestionView q : page.questions()) {
            Component block = blocks.get(q.id());
            if (block != null) {
                block.setVisible(definition.isShown(q, answers));
            }
        }
    }

    // ------------------------------------------------------------------------------ words

    String questionText(QuestionView q) {
        return easy ? q.easyOrText() : q.text();
    }

    String answerWords(QuestionView q, @Nullable Answer a) {
        if (a == null || a.isEmpty()) {
            return getTranslation("survey.check.notAnswered");
        }
        if (a.options().equals(List.of(QuestionType.PREFER_NOT_TO_SAY))) {
            return getTranslation("survey.preferNotToSay");
        }
        if (!a.options().isEmpty()) {
            return String.join(", ", a.options().stream().map(c -> {
                OptionView o = q.option(c);
                return o == null ? c : o.label();
            }).toList());
        }
        if (a.number() != null) {
            return a.number().stripTrailingZeros().toPlainString();
        }
        return Objects.requireNonNullElse(a.text(), "");
    }

    private H1 heading(String text) {
        H1 h1 = new H1(text);
        h1.getElement().setAttribute("tabindex", "-1");
        h1.addClassName("survey-heading");
        h1.getElement().executeJs("this.focus()");
        return h1;
    }

    private Paragraph previewNote() {
        Paragraph p = new Paragraph(getTranslation("survey.preview.note"));
        p.addClassName("notice");
        return p;
    }
}

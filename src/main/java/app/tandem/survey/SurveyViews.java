package app.tandem.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the survey module takes in and gives out: records only. */
public final class SurveyViews {

    private SurveyViews() {}

    // ------------------------------------------------------------------------------ builder input

    /** A survey's own fields. version is the survey's (0 for a new one). */
    public record SurveyEdit(
            long version,
            long planId,
            @NotBlank(message = "{survey.title.required}") @Size(max = 200, message = "{survey.title.tooLong}") String title,
            @NotNull(message = "{survey.audience.required}") Audience audience,
            @Nullable @Size(max = 2000, message = "{survey.introduction.tooLong}") String introduction,
            @Min(value = 1, message = "{survey.minutes.range}") @Max(value = 120, message = "{survey.minutes.range}") int minutes,
            boolean easyRead) {}

    /** A section (a page in standard mode). */
    public record SectionEdit(
            long version,
            @NotBlank(message = "{survey.section.title.required}") @Size(max = 200, message = "{survey.section.title.tooLong}") String title,
            @Nullable @Size(max = 1000, message = "{survey.section.introduction.tooLong}") String introduction) {}

    /** An officer-defined option of a choice question; a blank code is made from the label. */
    public record OptionEdit(
            @Nullable @Size(max = 50, message = "{survey.option.code.tooLong}") String code,
            @NotBlank(message = "{survey.option.label.required}") @Size(max = 200, message = "{survey.option.label.tooLong}") String label) {}

    /**
     * A question. options only for SINGLE_CHOICE and MULTIPLE_CHOICE; min and max only for NUMBER;
     * showIfQuestionId names an earlier question with options, shown only when one of showIfOptions
     * was chosen there.
     */
    public record QuestionEdit(
            long version,
            @NotNull(message = "{survey.question.type.required}") QuestionType type,
            @NotBlank(message = "{survey.question.text.required}") @Size(max = 500, message = "{survey.question.text.tooLong}") String text,
            @Nullable @Size(max = 500, message = "{survey.question.easyText.tooLong}") String easyText,
            @Nullable @Size(max = 1000, message = "{survey.question.help.tooLong}") String help,
            boolean required,
            boolean preferNotToSay,
            @Nullable Long showIfQuestionId,
            List<String> showIfOptions,
            List<@Valid OptionEdit> options,
            @Nullable Integer min,
            @Nullable Integer max) {

        /** A question with no options, help, condition or limits. */
        public static QuestionEdit of(QuestionType type, String text, boolean required) {
            return new QuestionEdit(0, type, text, null, null, required, false, null, List.of(), List.of(), null, null);
        }
    }

    /** A wave's fields. periodId is one of the plan's reporting periods, or null. */
    public record WaveEdit(
            long version,
            @NotBlank(message = "{survey.wave.name.required}") @Size(max = 100, message = "{survey.wave.name.tooLong}") String name,
            @Nullable Long periodId,
            @NotNull(message = "{survey.wave.opens.required}") LocalDate opens,
            @NotNull(message = "{survey.wave.closes.required}") LocalDate closes) {}

    // ------------------------------------------------------------------------------ definition

    /** An option as shown: code, words and (for scales) the score. */
    public record OptionView(String code, String label, @Nullable Integer score) {}

    public record QuestionView(long id, long version, long sectionId, QuestionType type, String text,
            @Nullable String easyText, @Nullable String help, boolean required, boolean preferNotToSay,
            @Nullable Long showIfQuestionId, List<String> showIfOptions,
            /** Every option shown, scale or choice, without "prefer not to say". */
            List<OptionView> options, @Nullable Integer min, @Nullable Integer max) {

        /** The words for easy-read mode: the easy wording when there is one. */
        public String easyOrText() {
            return easyText == null || easyText.isBlank() ? text : easyText;
        }

        public @Nullable OptionView option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
        }

        public boolean isValidCode(String code) {
            return option(code) != null || (preferNotToSay && QuestionType.PREFER_NOT_TO_SAY.equals(code));
        }
    }

    public record SectionView(long id, long version, String title, @Nullable String introduction,
            List<QuestionView> questions) {}

    /**
     * A survey's whole definition: immutable and shared between every session taking it (cached by
     * survey id and revision), so taking a survey does not query it page by page.
     */
    public record SurveyDefinition(long id, long version, long revision, long planId, String title, Audience audience,
            @Nullable String introduction, int minutes, boolean easyRead, List<SectionView> sections) {

        /** Every question in the order asked. */
        public List<QuestionView> questions() {
            return sections.stream().flatMap(s -> s.questions().stream()).toList();
        }

        public @Nullable QuestionView question(long questionId) {
            for (SectionView s : sections) {
                for (QuestionView q : s.questions()) {
                    if (q.id() == questionId) {
                        return q;
                    }
                }
            }
            return null;
        }

        /** One question per page: young people's surveys and any survey marked easy-read. */
        public boolean easyReadMode() {
            return easyRead || audience == Audience.YOUNG_PEOPLE;
        }

        /**
         * Whether a question is asked given the answers so far: it has no condition, or the question
         * it depends on is itself asked and was answered with one of the named options.
         */
        public boolean isShown(QuestionView q, Map<Long, Answer> answers) {
            Long on = q.showIfQuestionId();
            if (on == null) {
                return true;
            }
            QuestionView parent = question(on);
            if (parent == null || !isShown(parent, answers)) {
                return false;
            }
            Answer a = answers.get(on);
            return a != null && a.options().stream().anyMatch(q.showIfOptions()::contains);
        }

        /** The questions asked given these answers, in order. */
        public List<QuestionView> shownQuestions(Map<Long, Answer> answers) {
            return questions().stream().filter(q -> isShown(q, answers)).toList();
        }

        /**
         * What is wrong with the answers to these questions (question id -> message key), skipping
         * questions that are not shown. Used page by page and again, for every question, on submit.
         */
        public Map<Long, String> problems(Map<Long, Answer> answers, List<QuestionView> questions) {
            Map<Long, String> problems = new LinkedHashMap<>();
            for (QuestionView q : questions) {
                if (!isShown(q, answers)) {
                    continue;
                }
                String problem = problem(q, answers.get(q.id()));
                if (problem != null) {
                    problems.put(q.id(), problem);
                }
            }
            return problems;
        }

        /** Only the answers to questions that are shown, each of them non-empty. */
        public Map<Long, Answer> keptAnswers(Map<Long, Answer> answers) {
            Map<Long, Answer> kept = new LinkedHashMap<>();
            for (QuestionView q : shownQuestions(answers)) {
                Answer a = answers.get(q.id());
                if (a != null && !a.isEmpty()) {
                    kept.put(q.id(), a);
                }
            }
            return kept;
        }

        private static @Nullable String problem(QuestionView q, @Nullable Answer a) {
            if (a == null || a.isEmpty()) {
                return q.required() ? (q.type().hasOptions() ? "survey.answer.choose" : "survey.answer.required") : null;
            }
            boolean pnts = a.options().equals(List.of(QuestionType.PREFER_NOT_TO_SAY));
            if (pnts) {
                return q.preferNotToSay() && a.number() == null && a.text() == null ? null : "survey.answer.invalid";
            }
            if (q.type().hasOptions()) {
                if (a.number() != null || a.text() != null || !a.options().stream().allMatch(q::isValidCode)
                        || a.options().contains(QuestionType.PREFER_NOT_TO_SAY)
                        || Set.copyOf(a.options()).size() != a.options().size()) {
                    return "survey.answer.invalid";
                }
                if (q.type() != QuestionType.MULTIPLE_CHOICE && a.options().size() > 1) {
                    return "survey.answer.onlyOne";
                }
                return null;
            }
            if (!a.options().isEmpty()) {
                return "survey.answer.invalid";
            }
            if (q.type() == QuestionType.NUMBER) {
                if (a.number() == null || a.text() != null) {
                    return "survey.answer.number";
                }
                if ((q.min() != null && a.number().compareTo(BigDecimal.valueOf(q.min())) < 0)
                        || (q.max() != null && a.number().compareTo(BigDecimal.valueOf(q.max())) > 0)
                        || a.number().abs().compareTo(new BigDecimal("999999999999")) > 0 || a.number().scale() > 2) {
                    return "survey.answer.numberRange";
                }
                return null;
            }
            if (a.text() == null || a.number() != null) {
                return "survey.answer.invalid";
            }
            return a.text().length() > q.type().maxTextLength() ? "survey.answer.tooLong" : null;
        }
    }

    /**
     * One answer: the chosen option codes (scales and choices, or just "prefer not to say"), or a
     * number, or a text. Blank text is no answer.
     */
    public record Answer(List<String> options, @Nullable BigDecimal number, @Nullable String text) {

        public Answer {
            options = List.copyOf(options);
            text = text == null || text.isBlank() ? null : text.strip();
        }

        public static Answer choice(String... codes) {
            return new Answer(List.of(codes), null, null);
        }

        public static Answer choices(List<String> codes) {
            return new Answer(codes, null, null);
        }

        public static Answer number(BigDecimal value) {
            return new Answer(List.of(), value, null);
        }

        public static Answer text(String value) {
            return new Answer(List.of(), null, value);
        }

        public static Answer preferNotToSay() {
            return choice(QuestionType.PREFER_NOT_TO_SAY);
        }

        public boolean isEmpty() {
            return options.isEmpty() && number == null && text == null;
        }
    }

    // ------------------------------------------------------------------------------ waves and lists

    public record WaveView(long id, long version, long surveyId, String name, @Nullable Long periodId, LocalDate opens,
            LocalDate closes, WaveStatus status, int responseCount, boolean hasLink) {}

    public record SurveySummary(long id, long version, long planId, String title, Audience audience, boolean easyRead,
            int minutes, int questionCount, List<WaveView> waves) {}

    /**
     * The anonymous link of a wave, given once when made: only a hash of the token is kept, so a lost
     * link is replaced by making a new one (which stops the old one working).
     */
    public record SurveyLink(long waveId, String token, String path, LocalDate expiresAfter) {}

    /** What a valid link leads to: the area to act in and the wave. */
    public record LinkTarget(long areaId, long surveyId, long waveId) {}

    /** An open wave someone signed in can take (home panels, "surveys for you"). */
    public record OpenWave(long waveId, long surveyId, long planId, String title, Audience audience, LocalDate closes,
            int minutes, boolean easyRead, boolean answered, boolean draftSaved) {}

    // ------------------------------------------------------------------------------ taking

    /**
     * Starting (or resuming) a survey: the shared definition, the submission key that makes submitting
     * exactly-once, and for a saved draft its answers and the question to continue from. In preview
     * nothing is saved.
     */
    public record TakingStart(long waveId, UUID submissionKey, SurveyDefinition definition, Map<Long, Answer> answers,
            @Nullable Long resumeQuestionId, boolean preview) {}

    /** A finished survey handed in. */
    public record Submission(long waveId, @NotNull UUID submissionKey, Map<Long, Answer> answers) {}

    /** What submitting did: the response, and whether it had been submitted before (a retry or double click). */
    public record SubmitResult(long responseId, boolean alreadySubmitted, long planId) {}

    // ------------------------------------------------------------------------------ results

    /**
     * Counts for one question in one wave. respondents counts people who answered it, not counting
     * "prefer not to say" (which is in optionCounts under its own code, shown separately and kept out
     * of percentages' denominator). optionCounts has every option of the question, 0 when unchosen.
     * mean is for scored scales and numbers.
     */
    public record QuestionTally(long waveId, long questionId, int respondents, Map<String, Long> optionCounts,
            @Nullable BigDecimal mean) {

        public long preferNotToSay() {
            return optionCounts.getOrDefault(QuestionType.PREFER_NOT_TO_SAY, 0L);
        }
    }

    /** Every question's counts for a wave, with the definition to name them. */
    public record WaveResults(WaveView wave, SurveyDefinition definition, List<QuestionTally> tallies) {

        public @Nullable QuestionTally tally(long questionId) {
            return tallies.stream().filter(t -> t.questionId() == questionId).findFirst().orElse(null);
        }
    }

    /** A free-text answer, with its moderation state (held ones reach admins only, who moderate). */
    public record TextAnswer(long id, long questionId, String text, ModerationState state) {}

}

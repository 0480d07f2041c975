package app.tandem.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of question. Scales have fixed option codes (their words are {@code survey.scale.<code>}
 * in survey.properties) and a score per option for the mean; choice types take officer-defined
 * options; NUMBER and the text types take no options.
 */
public enum QuestionType {
    /** Strongly agree (5) to strongly disagree (1). */
    AGREE_5(List.of("strongly_agree", "agree", "neither", "disagree", "strongly_disagree"), List.of(5, 4, 3, 2, 1)),
    /** Three faces, each with words: happy (3), okay (2), sad (1). */
    SMILEY_3(List.of("happy", "okay", "sad"), List.of(3, 2, 1)),
    /** Five faces, each with words: very happy (5) to very sad (1). */
    SMILEY_5(List.of("very_happy", "happy", "okay", "sad", "very_sad"), List.of(5, 4, 3, 2, 1)),
    YES_NO_NOT_SURE(List.of("yes", "no", "not_sure"), List.of()),
    SINGLE_CHOICE(List.of(), List.of()),
    MULTIPLE_CHOICE(List.of(), List.of()),
    /** 0 to 10; the option code is the number and its score. */
    RATING_0_10(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
            List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
    /** A whole or decimal number, within the question's min and max when set. */
    NUMBER(List.of(), List.of()),
    /** Up to {@link #SHORT_TEXT_MAX} characters. */
    SHORT_TEXT(List.of(), List.of()),
    /** Up to {@link #LONG_TEXT_MAX} characters. */
    LONG_TEXT(List.of(), List.of());

    /** The option code of "prefer not to say", where a question allows it. Not counted as a respondent. */
    public static final String PREFER_NOT_TO_SAY = "prefer_not_to_say";

    public static final int SHORT_TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;

    private final List<String> fixedCodes;
    private final List<Integer> scores;

    QuestionType(List<String> fixedCodes, List<Integer> scores) {
        this.fixedCodes = fixedCodes;
        this.scores = scores;
    }

    /** The fixed option codes of a scale, in the order shown; empty for the other types. */
    public List<String> fixedCodes() {
        return fixedCodes;
    }

    /** The score of a scale option (for the mean), or null when the type has no scores. */
    public @Nullable Integer score(String code) {
        int i = fixedCodes.indexOf(code);
        return i < 0 || scores.isEmpty() ? null : scores.get(i);
    }

    public boolean isScale() {
        return !fixedCodes.isEmpty();
    }

    /** Officer-defined options. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Answered by picking options (a scale or a choice). */
    public boolean hasOptions() {
        return isScale() || isChoice();
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** Has a mean: scored scales and numbers. */
    public boolean hasMean() {
        return this == NUMBER || !scores.isEmpty();
    }

    public boolean isFace() {
        return this == SMILEY_3 || this == SMILEY_5;
    }

    public int maxTextLength() {
        return this == SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
    }
}

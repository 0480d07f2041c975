package app.tandem.language;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the language module takes in and hands out. */
public final class LanguageViews {

    private LanguageViews() {}

    /** A glossary entry; {@code builtIn} when it comes from the built-in list, not the area's own. */
    public record GlossaryEntry(String acronym, String meaning, @Nullable String explanation, boolean builtIn) {}

    public record GlossaryEdit(
            @NotBlank(message = "{glossary.acronym.required}") @Size(max = 30, message = "{glossary.acronym.tooLong}")
            @Pattern(regexp = "[A-Za-z][A-Za-z0-9&/-]*", message = "{glossary.acronym.invalid}") String acronym,
            @NotBlank(message = "{glossary.meaning.required}") @Size(max = 200, message = "{glossary.tooLong}") String meaning,
            @Size(max = 1000, message = "{glossary.tooLong}") @Nullable String explanation) {}

    /** A piece of text: plain ({@code meaning} null) or an acronym with what it means. */
    public record Segment(String text, @Nullable String meaning, @Nullable String explanation) {
        public boolean isAcronym() {
            return meaning != null;
        }
    }

    /**
     * How easy a text is to read: average words per sentence, the Flesch reading ease (higher is
     * easier; 60 and above is plain English), the share of long words (three syllables or more),
     * and acronyms the glossary does not explain.
     */
    public record Readability(int words, int sentences, double averageSentenceLength, double readingEase,
            int longWordPercent, List<String> unknownAcronyms) {

        public boolean plain() {
            return words == 0 || (readingEase >= 60 && averageSentenceLength <= 20);
        }
    }
}

package app.tandem.language;

import app.tandem.language.LanguageViews.GlossaryEntry;
import app.tandem.language.LanguageViews.Readability;
import app.tandem.language.LanguageViews.Segment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finding acronyms in text and measuring how readable it is. No state, no Spring. */
final class PlainText {

    /** A word: letters (and digits, &amp;) as one token; "EHCPs" and "SENCo" are one word each. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9&]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n\\s*\\n|\\n\\s*[-*•]");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private PlainText() {}

    /** Splits text into plain runs and known acronyms; the runs joined give back the text exactly. */
    static List<Segment> explain(String text, Map<String, GlossaryEntry> glossary) {
        Map<String, GlossaryEntry> upper = upperKeys(glossary);
        List<Segment> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int plainFrom = 0;
        while (m.find()) {
            GlossaryEntry e = lookup(m.group(), glossary, upper);
            if (e == null) {
                continue;
            }
            if (m.start() > plainFrom) {
                out.add(new Segment(text.substring(plainFrom, m.start()), null, null));
            }
            out.add(new Segment(m.group(), e.meaning(), e.explanation()));
            plainFrom = m.end();
        }
        if (plainFrom < text.length()) {
            out.add(new Segment(text.substring(plainFrom), null, null));
        }
        return out;
    }

    static Readability readability(String text, Map<String, GlossaryEntry> glossary) {
        Map<String, GlossaryEntry> upper = upperKeys(glossary);
        List<String> words = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            words.add(w);
            if (looksLikeAcronym(w) && lookup(w, glossary, upper) == null) {
                unknown.add(w);
            }
        }
        if (words.isEmpty()) {
            return new Readability(0, 0, 0, 100, 0, List.of());
        }
        int sentences = Math.max(1, (int) SENTENCE_END.matcher(text.strip()).results().count()
                + (endsWithoutStop(text) ? 1 : 0));
        int syllables = 0;
        int longWords = 0;
        for (String w : words) {
            int s = looksLikeAcronym(w) ? 1 : syllables(w);
            syllables += s;
            if (s >= 3) {
                longWords++;
            }
        }
        double perSentence = (double) words.size() / sentences;
        double ease = 206.835 - 1.015 * perSentence - 84.6 * ((double) syllables / words.size());
        ease = Math.max(0, Math.min(100, ease));
        return new Readability(words.size(), sentences, round1(perSentence), round1(ease),
                (int) Math.round(100.0 * longWords / words.size()), List.copyOf(unknown));
    }

    /** Two or more capitals in a short word: "EHCP", "SENCo", "PfA" (not "I", "A", "The"). */
    static boolean looksLikeAcronym(String w) {
        if (w.length() < 2 || w.length() > 10) {
            return false;
        }
        int capitals = 0;
        for (char c : w.toCharArray()) {
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2 || (capitals == 1 && w.length() <= 3 && Character.isUpperCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(w.length() - 1)));
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = (int) VOWELS.matcher(w).results().count();
        return Math.max(1, n);
    }

    private static @Nullable GlossaryEntry lookup(String word, Map<String, GlossaryEntry> glossary,
            Map<String, GlossaryEntry> upper) {
        if (!looksLikeAcronym(word) && !glossary.containsKey(word)) {
            return null;
        }
        GlossaryEntry e = glossary.get(word);
        if (e == null) {
            e = upper.get(word.toUpperCase(Locale.ROOT));
        }
        if (e == null && word.length() > 2 && word.endsWith("s")) {
            // A plural: "EHCPs".
            String singular = word.substring(0, word.length() - 1);
            e = glossary.get(singular);
            if (e == null) {
                e = upper.get(singular.toUpperCase(Locale.ROOT));
            }
        }
        return e;
    }

    private static Map<String, GlossaryEntry> upperKeys(Map<String, GlossaryEntry> glossary) {
        Map<String, GlossaryEntry> m = new java.util.HashMap<>();
        glossary.forEach((k, v) -> m.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
        return m;
    }

    private static boolean endsWithoutStop(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

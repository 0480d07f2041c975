package app.tandem.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Words that suggest someone may be at risk of harm: a person must look today, whatever else happens. */
public final class SafeguardingDetector {

    static final List<String> PHRASES = List.of("hurt myself", "hurting myself", "harm myself", "harming myself",
            "kill myself", "killing myself", "end my life", "end it all", "want to die", "wants to die",
            "better off dead", "suicide", "suicidal", "self harm", "self-harm", "cutting myself", "not safe at home",
            "scared to go home", "afraid to go home", "hits me", "hit me", "beats me", "abusing me", "abused",
            "touched me", "no food at home", "locked in", "kill himself", "kill herself", "hurt himself",
            "hurt herself", "threatened to kill", "nobody would miss me");

    private static final List<Pattern> PATTERNS = PHRASES.stream()
            .map(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b")).toList();

    private SafeguardingDetector() {}

    /** The first phrase that matched, if any. */
    public static Optional<String> match(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (int i = 0; i < PATTERNS.size(); i++) {
            if (PATTERNS.get(i).matcher(lower).find()) {
                return Optional.of(PHRASES.get(i));
            }
        }
        return Optional.empty();
    }
}

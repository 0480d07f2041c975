package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every literal key the code asks for exists in a bundle, so no page ever shows "!some.key". */
class TranslationKeysTest {

    private static final Pattern UI_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern MENU_KEY = Pattern.compile("@Menu\\(title = \"([a-zA-Z0-9_.]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-zA-Z0-9_.]+)}\"");

    @Test
    void every_literal_translation_key_in_the_code_has_english_words() throws IOException {
        TandemI18NProvider provider = new TandemI18NProvider();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[] {UI_KEY, MENU_KEY, VALIDATION_KEY}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        String key = m.group(1);
                        if (key.endsWith(".")) {
                            continue; // a prefix completed at run time, e.g. "plan.kind." + kind
                        }
                        if (provider.getTranslation(key, Locale.UK).startsWith("!")) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys without words").isEmpty();
    }
}

package app.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the survey code names (the service's refusals and the views' words) and every
 * scale option's words exist, so no refusal ever reaches a young person as "!survey.some.key".
 */
class SurveyMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(survey\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void every_survey_key_in_the_code_has_english_words() throws IOException {
        java.util.Properties words = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(SurveyMessagesTest.class.getResourceAsStream("/i18n/survey.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            words.load(in);
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/tandem/survey"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !words.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (QuestionType type : QuestionType.values()) {
            for (String code : type.fixedCodes()) {
                if (!words.containsKey("survey.scale." + code)) {
                    missing.add("survey.scale." + code);
                }
            }
        }
        for (Audience audience : Audience.values()) {
            if (!words.containsKey("survey.audience." + audience)) {
                missing.add("survey.audience." + audience);
            }
        }
        assertThat(missing).as("keys without words").isEmpty();
    }
}

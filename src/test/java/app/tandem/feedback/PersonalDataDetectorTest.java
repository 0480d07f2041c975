package app.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.feedback.PersonalDataDetector.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quality bar PR-1: the detector on a corpus of real-sounding comments; recall must be at least 0.95. */
class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = PersonalDataDetector.withDefaults();

    @Test
    void nhs_numbers_need_a_valid_check_digit() {
        assertThat(PersonalDataDetector.isNhsNumber("9434765919")).isTrue();
        assertThat(PersonalDataDetector.isNhsNumber("9434765918")).isFalse();
        assertThat(detector.findings("NHS 943 476 5919")).contains(Kind.NHS_NUMBER);
    }

    @Test
    void each_kind_is_recognised() {
        assertThat(detector.findings("write to a.b@example.org")).contains(Kind.EMAIL);
        assertThat(detector.findings("call 07700 900123")).contains(Kind.PHONE);
        assertThat(detector.findings("born 12/03/2015")).contains(Kind.DATE_OF_BIRTH);
        assertThat(detector.findings("we live in NM1 4AB")).contains(Kind.POSTCODE);
        assertThat(detector.findings("my son has autism")).contains(Kind.DIAGNOSIS);
        assertThat(detector.findings("My daughter Amira is sad")).contains(Kind.CHILD_NAME);
    }

    @Test
    void a_service_name_with_a_diagnosis_word_is_not_personal() {
        assertThat(detector.findings("The ADHD pathway has a long waiting list.")).isEmpty();
    }

    @Test
    void harm_words_are_caught_whatever_the_case() {
        assertThat(SafeguardingDetector.match("Sometimes I want to HURT MYSELF")).contains("hurt myself");
        assertThat(SafeguardingDetector.match("The hurt was in the paperwork")).isEmpty();
    }

    @Test
    void corpus_recall_is_at_least_95_percent() throws IOException {
        List<String> positives = lines("detector-positive.txt");
        List<String> negatives = lines("detector-negative.txt");
        assertThat(positives).hasSizeGreaterThanOrEqualTo(50);
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(50);

        List<String> missed = positives.stream().filter(p -> detector.findings(p).isEmpty()).toList();
        List<String> falseAlarms = negatives.stream().filter(n -> !detector.findings(n).isEmpty()).toList();
        int truePositives = positives.size() - missed.size();
        double recall = (double) truePositives / positives.size();
        double precision = (double) truePositives / (truePositives + falseAlarms.size());
        System.out.printf("Detector corpus: recall %.3f, precision %.3f; missed %s; false alarms %s%n", recall,
                precision, missed, falseAlarms);

        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = PersonalDataDetectorTest.class.getResourceAsStream("/feedback/" + name)) {
            List<String> result = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.strip());
                }
            }
            return result;
        }
    }
}

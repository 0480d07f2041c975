package app.tandem.language;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.language.LanguageViews.Readability;
import app.tandem.language.LanguageViews.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainLanguageTest {

    @Test
    void acronyms_are_found_with_their_meaning_and_the_text_is_kept_exactly() {
        String text = "Every EHCP and the SENCo's plan; EHCPs are reviewed (AR) with CAMHS.";
        List<Segment> segments = PlainText.explain(text, BuiltInGlossary.TERMS);

        assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(segments.stream().filter(Segment::isAcronym).map(Segment::text))
                .containsExactly("EHCP", "SENCo", "EHCPs", "AR", "CAMHS");
        assertThat(segments.stream().filter(s -> s.text().equals("EHCPs")).findFirst().orElseThrow().meaning())
                .isEqualTo("Education, health and care plan");
    }

    @Test
    void ordinary_words_are_never_taken_for_acronyms() {
        List<Segment> segments = PlainText.explain("A parent said I was right. Or not.", BuiltInGlossary.TERMS);
        assertThat(segments).noneMatch(Segment::isAcronym);
    }

    @Test
    void html_in_text_stays_plain_text() {
        String text = "<img src=x onerror=alert(1)> EHCP";
        List<Segment> segments = PlainText.explain(text, BuiltInGlossary.TERMS);
        assertThat(segments.getFirst().text()).isEqualTo("<img src=x onerror=alert(1)> ");
        assertThat(segments.getFirst().isAcronym()).isFalse();
    }

    @Test
    void short_sentences_of_everyday_words_read_as_plain_english() {
        Readability r = PlainText.readability("We will ring you next week. We will tell you what we found.",
                BuiltInGlossary.TERMS);
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.averageSentenceLength()).isEqualTo(6.5);
        assertThat(r.readingEase()).isGreaterThan(80);
        assertThat(r.plain()).isTrue();
    }

    @Test
    void long_sentences_of_long_words_are_hard_to_read() {
        Readability r = PlainText.readability("The multi-agency operational implementation arrangements necessitate "
                + "comprehensive organisational realignment, incorporating integrated commissioning responsibilities "
                + "and strategic accountability frameworks across partnership infrastructure.", BuiltInGlossary.TERMS);
        assertThat(r.readingEase()).isLessThan(30);
        assertThat(r.longWordPercent()).isGreaterThan(50);
        assertThat(r.plain()).isFalse();
    }

    @Test
    void acronyms_missing_from_the_glossary_are_listed_once() {
        Readability r = PlainText.readability("The QIP and the EHCP. The QIP again, and the SEF.", BuiltInGlossary.TERMS);
        assertThat(r.unknownAcronyms()).containsExactly("QIP", "SEF");
    }

    @Test
    void every_acronym_of_the_domain_glossary_is_built_in() {
        assertThat(BuiltInGlossary.TERMS).containsKeys("EHCP", "EHCNA", "AR", "ER", "KLOE", "PCF", "CPCF", "SENCo", "DCO",
                "DMO", "CCG", "ICB", "CAMHS", "ASD", "ASC", "SALT", "SLT", "OT", "PT", "CYP", "PfA", "SENDIASS", "LAC",
                "JSNA", "DLT", "WSOA", "BRAG", "RAGB", "SEND");
    }

    @Test
    void empty_text_is_plain() {
        assertThat(PlainText.readability("", BuiltInGlossary.TERMS).plain()).isTrue();
        assertThat(PlainText.explain("", BuiltInGlossary.TERMS)).isEmpty();
    }
}

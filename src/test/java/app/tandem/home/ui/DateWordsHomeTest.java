package app.tandem.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in words with the date beside them, as experience.md asks. */
class DateWordsHomeTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/home", Locale.UK);
    private final DateWords.Words words = (key, params) -> new MessageFormat(bundle.getString(key), Locale.UK).format(params);
    private final LocalDate today = LocalDate.of(2026, 3, 11);

    @Test
    void due_dates_read_as_words() {
        assertThat(DateWords.due(words, LocalDate.of(2026, 3, 14), today)).isEqualTo("due in 3 days, 14 March");
        assertThat(DateWords.due(words, today, today)).isEqualTo("due today, 11 March");
        assertThat(DateWords.due(words, today.plusDays(1), today)).isEqualTo("due tomorrow, 12 March");
        assertThat(DateWords.due(words, today.minusDays(1), today)).isEqualTo("1 day overdue, was due 10 March");
        assertThat(DateWords.due(words, today.minusDays(5), today)).isEqualTo("5 days overdue, was due 6 March");
        assertThat(DateWords.day(LocalDate.of(2025, 12, 1), today)).isEqualTo("1 December 2025");
    }
}

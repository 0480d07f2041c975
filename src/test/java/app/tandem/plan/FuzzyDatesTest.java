package app.tandem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.tandem.plan.FuzzyDates.DatePrecision;
import app.tandem.plan.FuzzyDates.Reading;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDatesTest {

    private static final LocalDate REF = LocalDate.of(2026, 3, 15);

    private static void assertReads(String words, LocalDate reference, LocalDate date, DatePrecision precision) {
        Reading reading = FuzzyDates.read(words, reference);
        assertThat(reading.words()).isEqualTo(words.strip());
        assertThat(reading.date()).as("date read from '%s'", words).isEqualTo(date);
        assertThat(reading.precision()).as("precision read from '%s'", words).isEqualTo(precision);
    }

    // ------------------------------------------------------------------ DAY

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/09/22                          | 2022-09-30
            26/4/19 (CQG)                     | 2019-04-26
            2026-03-31                        | 2026-03-31
            2026/03/31                        | 2026-03-31
            31.3.2026                         | 2026-03-31
            01/04/2026                        | 2026-04-01
            1/4/26                            | 2026-04-01
            01-04-2026                        | 2026-04-01
            1 April 2026                      | 2026-04-01
            1st April 2026                    | 2026-04-01
            3rd of May 2026                   | 2026-05-03
            22nd Nov 21                       | 2021-11-22
            01-Apr-20                         | 2020-04-01
            2 Sept 2019                       | 2019-09-02
            April 1st, 2026                   | 2026-04-01
            'April 1, 2026'                   | 2026-04-01
            'Nov 21, 2022'                    | 2022-11-21
            Review on 14/07/2025 with parents | 2025-07-14
            29/02/2024                        | 2024-02-29
            """)
    void day_words_read_as_that_day(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.DAY);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            01-Apr     | 2026-03-15 | 2026-04-01
            01-Apr     | 2026-10-01 | 2026-04-01
            01-Apr     | 2026-10-02 | 2027-04-01
            01-Apr     | 2026-12-20 | 2027-04-01
            01-Apr     | 2019-02-01 | 2019-04-01
            1st April  | 2019-02-01 | 2019-04-01
            25 Dec     | 2026-01-10 | 2026-12-25
            April 1st  | 2026-03-15 | 2026-04-01
            """)
    void day_without_year_takes_reference_year_unless_more_than_six_months_past(
            String words, LocalDate reference, LocalDate expected) {
        assertReads(words, reference, expected, DatePrecision.DAY);
    }

    @Test
    void two_digit_years_are_in_the_twenty_first_century() {
        assertThat(FuzzyDates.read("1/1/99", REF).date()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(FuzzyDates.read("Jan-05", REF).date()).isEqualTo(LocalDate.of(2005, 1, 31));
    }

    // ------------------------------------------------------------------ MONTH

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nov-21                 | 2021-11-30
            April 2020             | 2020-04-30
            Apr 2020               | 2020-04-30
            APR 2020               | 2020-04-30
            apr 2020               | 2020-04-30
            Sept 2019              | 2019-09-30
            Sept. 2019             | 2019-09-30
            Sep-19                 | 2019-09-30
            September 2019         | 2019-09-30
            November 21            | 2021-11-30
            Nov 2019-              | 2019-11-30
            June 2027              | 2027-06-30
            Jun 2027               | 2027-06-30
            July 2021              | 2021-07-31
            FEBRUARY 2023          | 2023-02-28
            Feb 2024               | 2024-02-29
            May 2026               | 2026-05-31
            'December, 2024'       | 2024-12-31
            Apr'20                 | 2020-04-30
            Apr2020                | 2020-04-30
            deadline Nov 2025      | 2025-11-30
            By end of July 2021    | 2021-07-31
            Oct 2022 (review)      | 2022-10-31
            Mar 2021               | 2021-03-31
            Aug 2021               | 2021-08-31
            Jan 2022               | 2022-01-31
            Dec 2022               | 2022-12-31
            """)
    void month_words_read_as_last_day_of_month(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jan/Feb 2020          | 2020-02-29
            Jan - Feb 2020        | 2020-02-29
            Jan to March 2021     | 2021-03-31
            Sept & Oct 2019       | 2019-10-31
            April/May 2022        | 2022-05-31
            """)
    void two_months_with_one_year_read_as_the_later_month(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            September                          | 2026-03-15 | 2026-09-30
            This work will start in September  | 2026-03-15 | 2026-09-30
            start in September                 | 2026-12-01 | 2026-09-30
            January                            | 2026-12-15 | 2027-01-31
            January                            | 2026-07-31 | 2026-01-31
            January                            | 2026-08-01 | 2027-01-31
            end of March                       | 2026-01-10 | 2026-03-31
            May                                | 2026-03-15 | 2026-05-31
            by May                             | 2026-03-15 | 2026-05-31
            until May.                         | 2026-03-15 | 2026-05-31
            """)
    void month_without_year_takes_reference_year_unless_more_than_six_months_past(
            String words, LocalDate reference, LocalDate expected) {
        assertReads(words, reference, expected, DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Spring 2026          | 2026-05-31
            spring 2026          | 2026-05-31
            Summer 2025          | 2025-08-31
            Autumn term 2025     | 2025-11-30
            Fall 2025            | 2025-11-30
            Winter 2026          | 2027-02-28
            Winter 2027          | 2028-02-29
            Spring 2025/26       | 2026-05-31
            Summer term 2025/26  | 2026-08-31
            Autumn 2025/26       | 2025-11-30
            """)
    void season_words_read_as_last_day_of_the_season_at_month_precision(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.MONTH);
    }

    @Test
    void season_without_year_takes_reference_year_unless_more_than_six_months_past() {
        assertReads("Summer term", REF, LocalDate.of(2026, 8, 31), DatePrecision.MONTH);
        assertReads("Spring term", LocalDate.of(2026, 12, 10), LocalDate.of(2027, 5, 31), DatePrecision.MONTH);
    }

    // ------------------------------------------------------------------ QUARTER

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q1 2020          | 2020-06-30
            Q2 2019          | 2019-09-30
            Q3 2020          | 2020-12-31
            Q4 2019          | 2020-03-31
            q1 2026          | 2026-06-30
            Q2 19/20         | 2019-09-30
            Q2 2019/20       | 2019-09-30
            Q2 2019-20       | 2019-09-30
            Q2-2019          | 2019-09-30
            end of Q1 2021   | 2021-06-30
            Q3-Q4 2019       | 2020-03-31
            Quarter 3 2021   | 2021-12-31
            """)
    void quarters_are_financial_year_quarters_read_as_their_last_day(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.QUARTER);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Q2         | 2026-03-15 | 2025-09-30
            Q2         | 2026-04-01 | 2026-09-30
            Q1         | 2026-03-31 | 2025-06-30
            end of Q1  | 2026-05-10 | 2026-06-30
            end of Q1  | 2026-03-31 | 2025-06-30
            Q3         | 2026-01-01 | 2025-12-31
            Q4         | 2026-05-10 | 2027-03-31
            Q4         | 2026-02-01 | 2026-03-31
            """)
    void quarter_without_year_uses_financial_year_containing_reference(
            String words, LocalDate reference, LocalDate expected) {
        assertReads(words, reference, expected, DatePrecision.QUARTER);
    }

    // ------------------------------------------------------------------ YEAR

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            during 19/20     | 2020-03-31
            2019/20          | 2020-03-31
            2019-20          | 2020-03-31
            2019/2020        | 2020-03-31
            FY 2021/22       | 2022-03-31
            FY19/20          | 2020-03-31
            99/00            | 2100-03-31
            """)
    void financial_year_words_read_as_31_march_of_the_second_year(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.YEAR);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026            | 2026-12-31
            By end of 2027  | 2027-12-31
            mid-2025        | 2025-12-31
            """)
    void calendar_year_alone_reads_as_31_december(String words, LocalDate expected) {
        assertReads(words, REF, expected, DatePrecision.YEAR);
    }

    @Test
    void halves_that_are_not_consecutive_years_are_not_a_financial_year() {
        assertReads("19/23", REF, null, null);
    }

    // ------------------------------------------------------------------ no date

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "On-going", "on-going", "Ongoing", "ONGOING", "TBC", "tbc", "Started", "Not started", "Complete",
            "N/A", "n/a", "-", "?", "Timescale dependent on commissioning model agreed",
            "This may slip if funding is delayed", "Termly", "Annually", "asdf;lkj 42 !!", "32/13/99",
            "Q5", "Smarch", "maybe", "decided at panel", "Phase 3", "12345", "\u00a0\u00a0",
            "\u0000\u0001\uFFFF", "😀 📅", "((((", ")))", "[]", "'", "\""})
    void words_without_a_date_have_no_date_and_no_precision(String words) {
        Reading reading = FuzzyDates.read(words, REF);
        assertThat(reading.date()).isNull();
        assertThat(reading.precision()).isNull();
        assertThat(reading.hasDate()).isFalse();
        assertThat(reading.words()).isEqualTo(words.strip());
    }

    @Test
    void null_words_read_as_nothing() {
        assertThat(FuzzyDates.read(null, REF)).isEqualTo(new Reading(null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n \t "})
    void blank_words_read_as_empty_words_without_date(String words) {
        assertThat(FuzzyDates.read(words, REF)).isEqualTo(new Reading("", null, null));
    }

    // ------------------------------------------------------------------ general behaviour

    @Test
    void words_are_kept_as_written_but_trimmed() {
        Reading reading = FuzzyDates.read("   Nov-21 \t", REF);
        assertThat(reading).isEqualTo(new Reading("Nov-21", LocalDate.of(2021, 11, 30), DatePrecision.MONTH));
        assertThat(FuzzyDates.read("  On-going ", REF).words()).isEqualTo("On-going");
        assertThat(FuzzyDates.read("26/4/19 (CQG)", REF).words()).isEqualTo("26/4/19 (CQG)");
    }

    @Test
    void first_date_written_wins() {
        assertReads("Started Sept 2019, due 31/03/2021", REF, LocalDate.of(2019, 9, 30), DatePrecision.MONTH);
        assertReads("Sept 2019 \u2013 July 2020", REF, LocalDate.of(2019, 9, 30), DatePrecision.MONTH);
        assertReads("Sep 19 - Dec 20", REF, LocalDate.of(2019, 9, 30), DatePrecision.MONTH);
        assertReads("1 Apr - 26 Apr", REF, LocalDate.of(2026, 4, 1), DatePrecision.DAY);
        assertReads("1 Apr 2026 - 3 May 2026", REF, LocalDate.of(2026, 4, 1), DatePrecision.DAY);
    }

    @Test
    void bracketed_text_is_ignored_unless_it_holds_the_only_date() {
        assertReads("April 2020 (Q1)", REF, LocalDate.of(2020, 4, 30), DatePrecision.MONTH);
        assertReads("(Q1) April 2020", REF, LocalDate.of(2020, 4, 30), DatePrecision.MONTH);
        assertReads("Review (Nov 2025)", REF, LocalDate.of(2025, 11, 30), DatePrecision.MONTH);
        assertReads("TBC [March 2027]", REF, LocalDate.of(2027, 3, 31), DatePrecision.MONTH);
    }

    @Test
    void may_as_a_verb_is_not_a_month_but_may_with_a_year_is() {
        assertReads("This may slip", REF, null, null);
        assertReads("We may finish by June 2027", REF, LocalDate.of(2027, 6, 30), DatePrecision.MONTH);
        assertReads("Deadline May 2026", REF, LocalDate.of(2026, 5, 31), DatePrecision.MONTH);
    }

    @Test
    void impossible_day_is_not_read_as_a_day() {
        Reading reading = FuzzyDates.read("31/02/2026", REF);
        assertThat(reading.precision()).isNotEqualTo(DatePrecision.DAY);
    }

    @Test
    void null_reference_means_today() {
        assertReads("2026-03-31", null, LocalDate.of(2026, 3, 31), DatePrecision.DAY);
        Reading quarter = FuzzyDates.read("Q2", null);
        assertThat(quarter.precision()).isEqualTo(DatePrecision.QUARTER);
        assertThat(quarter.date()).isNotNull();
    }

    // ------------------------------------------------------------------ robustness

    static Stream<Arguments> longInputs() {
        return Stream.of(
                Arguments.of("a".repeat(10_000)),
                Arguments.of(" ".repeat(5_000) + "x" + " ".repeat(5_000)),
                Arguments.of("1 ".repeat(5_000)),
                Arguments.of("1/".repeat(5_000)),
                Arguments.of("1-".repeat(5_000)),
                Arguments.of("12.".repeat(3_334)),
                Arguments.of("may ".repeat(2_500)),
                Arguments.of("jan/".repeat(2_500)),
                Arguments.of("q1-".repeat(3_334)),
                Arguments.of("(".repeat(10_000)),
                Arguments.of("(a".repeat(5_000)),
                Arguments.of("[".repeat(10_000)),
                Arguments.of("-".repeat(10_000)),
                Arguments.of("9".repeat(10_000)),
                Arguments.of("spring ".repeat(1_429)),
                Arguments.of("1st ".repeat(2_500)),
                Arguments.of("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(180)));
    }

    @ParameterizedTest
    @MethodSource("longInputs")
    void a_ten_thousand_character_string_is_read_quickly_without_throwing(String words) {
        assertThat(words.length()).isGreaterThanOrEqualTo(10_000 - 10);
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> FuzzyDates.read(words, REF));
        assertThat(reading.words()).isEqualTo(words.strip());
    }

    @Test
    void a_date_at_the_end_of_a_long_string_is_still_read() {
        String words = "x ".repeat(4_995) + "Nov 2025";
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> FuzzyDates.read(words, REF));
        assertThat(reading.date()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(reading.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void random_input_never_throws() {
        String alphabet = "0123456789/-.()[] ,'qQaAprilmaynovsepjunFYfy stndrdth\u2013\u00a0";
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String words = sb.toString();
            LocalDate reference = LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            assertThatCode(() -> {
                Reading reading = FuzzyDates.read(words, reference);
                assertThat((reading.date() == null) == (reading.precision() == null))
                        .as("date and precision both present or both absent for '%s'", words).isTrue();
            }).as("reading '%s'", words).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "31/12/9999", "Q4 9999", "9999/00", "Dec 9999", "Winter 9999"})
    void extreme_years_do_not_throw(String words) {
        assertThatCode(() -> FuzzyDates.read(words, REF)).doesNotThrowAnyException();
        assertThatCode(() -> FuzzyDates.read(words, LocalDate.MAX)).doesNotThrowAnyException();
        assertThatCode(() -> FuzzyDates.read("Q2", LocalDate.MIN)).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------ isPast

    @Test
    void month_deadline_is_past_only_after_the_month_ends() {
        Reading reading = FuzzyDates.read("deadline Nov 2025", REF);
        assertThat(FuzzyDates.isPast(reading, LocalDate.of(2025, 11, 15))).isFalse();
        assertThat(FuzzyDates.isPast(reading, LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(FuzzyDates.isPast(reading, LocalDate.of(2025, 12, 1))).isTrue();
    }

    @Test
    void day_deadline_is_past_from_the_next_day() {
        Reading reading = FuzzyDates.read("30/09/22", REF);
        assertThat(FuzzyDates.isPast(reading, LocalDate.of(2022, 9, 30))).isFalse();
        assertThat(FuzzyDates.isPast(reading, LocalDate.of(2022, 10, 1))).isTrue();
    }

    @Test
    void words_without_a_date_are_never_past() {
        assertThat(FuzzyDates.isPast(FuzzyDates.read("On-going", REF), LocalDate.MAX)).isFalse();
        assertThat(FuzzyDates.isPast(FuzzyDates.read(null, REF), LocalDate.MAX)).isFalse();
        assertThat(FuzzyDates.isPast(null, LocalDate.MAX)).isFalse();
        assertThat(FuzzyDates.isPast(FuzzyDates.read("Nov 2019", REF), null)).isFalse();
    }
}

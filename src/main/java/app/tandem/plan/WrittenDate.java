package app.tandem.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date as a plan writes it ("Q2", "Nov-21", "On-going") together with the date it means, when
 * one can be read. The words are never thrown away.
 */
@Embeddable
public class WrittenDate {

    @Column(name = "words")
    private @Nullable String words;

    @Column(name = "date")
    private @Nullable LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "precision")
    private FuzzyDates.@Nullable DatePrecision precision;

    protected WrittenDate() {}

    private WrittenDate(FuzzyDates.Reading reading) {
        this.words = reading.words();
        this.date = reading.date();
        this.precision = reading.precision();
    }

    static WrittenDate read(@Nullable String words, LocalDate reference) {
        return new WrittenDate(FuzzyDates.read(words, reference));
    }

    public @Nullable String words() {
        return words;
    }

    public @Nullable LocalDate date() {
        return date;
    }

    public FuzzyDates.@Nullable DatePrecision precision() {
        return precision;
    }

    public boolean isBefore(LocalDate day) {
        return date != null && date.isBefore(day);
    }
}

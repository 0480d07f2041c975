package app.tandem.survey.ui;

import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.QuestionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question's results as figures, with the small-numbers rule: in anything shared or published
 * (the results page for people who are not officers or admins, and every export, which is meant to
 * be passed on) a figure that counts fewer than {@value #THRESHOLD} people is not shown; it reads
 * "fewer than 5". A question fewer than 5 people answered shows no breakdown at all, so nobody can
 * work a small count out from the others. Officers and admins see exact numbers on screen only.
 */
final class Figures {

    static final int THRESHOLD = 5;

    /** One answer's line: how many chose it and the per cent of the question's respondents; null when withheld. */
    record Line(String code, String label, long count, @Nullable Long shownCount, @Nullable BigDecimal percent) {

        boolean withheld() {
            return shownCount == null;
        }
    }

    /**
     * @param respondents people who gave a real answer ("prefer not to say" is not one)
     * @param withheld the whole question is withheld (shared, fewer than 5 respondents)
     * @param preferNotToSay how many preferred not to say; null when withheld
     */
    record QuestionFigures(QuestionView question, int respondents, boolean withheld, List<Line> lines,
            @Nullable Long preferNotToSay, @Nullable BigDecimal mean) {}

    private Figures() {}

    static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    static QuestionFigures of(QuestionView q, @Nullable QuestionTally t, boolean shared) {
        int n = t == null ? 0 : t.respondents();
        boolean withheld = shared && n < THRESHOLD && n > 0;
        List<Line> lines = new ArrayList<>();
        for (OptionView o : q.options()) {
            long count = t == null ? 0 : t.optionCounts().getOrDefault(o.code(), 0L);
            boolean hide = withheld || (shared && small(count));
            BigDecimal pct = n == 0 ? null : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP);
            lines.add(new Line(o.code(), o.label(), count, hide ? null : count, hide ? null : pct));
        }
        long pnts = t == null ? 0 : t.optionCounts().getOrDefault(QuestionType.PREFER_NOT_TO_SAY, 0L);
        Long shownPnts = withheld || (shared && small(pnts)) ? null : pnts;
        BigDecimal mean = t == null || t.mean() == null || withheld ? null : t.mean().setScale(1, RoundingMode.HALF_UP);
        return new QuestionFigures(q, n, withheld, lines, shownPnts, mean);
    }
}

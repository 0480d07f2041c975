package app.tandem.survey.ui;

import app.tandem.base.CellSafety;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.TextAnswer;
import app.tandem.survey.SurveyViews.WaveResults;
import app.tandem.survey.ui.Figures.Line;
import app.tandem.survey.ui.Figures.QuestionFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A wave's results as CSV or XLSX, one row per answer of each question, then the free-text answers
 * that passed moderation. Exports are meant to be shared, so the small-numbers rule always applies
 * ("fewer than 5"), and every text cell goes through {@link CellSafety} (quality bar BI-2): a
 * question, option or answer starting with = + - @ stays text and never runs as a formula.
 */
final class ResultsExport {

    static final List<String> HEADER = List.of("Survey", "Wave", "Question number", "Question", "Answer", "People",
            "Per cent of people answering", "Note");
    static final String FEWER = "fewer than 5";

    private ResultsExport() {}

    /** A cell: text (neutralised) or a whole number. */
    record Cell2(@Nullable String text, @Nullable Number number) {

        static Cell2 text(@Nullable String s) {
            return new Cell2(CellSafety.neutralise(s), null);
        }

        static Cell2 number(@Nullable Number n) {
            return new Cell2(n == null ? "" : null, n);
        }

        String csv() {
            return number != null ? (number instanceof BigDecimal b ? b.toPlainString() : number.toString()) : text == null ? "" : text;
        }
    }

    static List<List<Cell2>> rows(WaveResults results, Map<Long, List<TextAnswer>> texts) {
        List<List<Cell2>> rows = new ArrayList<>();
        String survey = results.definition().title();
        String wave = results.wave().name();
        int number = 0;
        for (QuestionView q : results.definition().questions()) {
            number++;
            QuestionFigures f = Figures.of(q, results.tally(q.id()), true);
            Cell2 s = Cell2.text(survey);
            Cell2 w = Cell2.text(wave);
            Cell2 no = Cell2.number(number);
            Cell2 question = Cell2.text(q.text());
            if (f.withheld()) {
                rows.add(List.of(s, w, no, question, Cell2.text(""), Cell2.text(FEWER), Cell2.text(""),
                        Cell2.text("Fewer than 5 people answered, so no breakdown is shown")));
                continue;
            }
            rows.add(List.of(s, w, no, question, Cell2.text("People answering"), Cell2.number(f.respondents()), Cell2.text(""),
                    Cell2.text("")));
            for (Line l : f.lines()) {
                rows.add(List.of(s, w, no, question, Cell2.text(l.label()),
                        l.withheld() ? Cell2.text(FEWER) : Cell2.number(l.shownCount()),
                        l.withheld() ? Cell2.text("") : Cell2.number(l.percent()), Cell2.text("")));
            }
            if (q.preferNotToSay()) {
                rows.add(List.of(s, w, no, question, Cell2.text("Prefer not to say"),
                        f.preferNotToSay() == null ? Cell2.text(FEWER) : Cell2.number(f.preferNotToSay()), Cell2.text(""),
                        Cell2.text("Not counted in the per cents")));
            }
            if (f.mean() != null) {
                rows.add(List.of(s, w, no, question, Cell2.text("Average"), Cell2.number(f.mean()), Cell2.text(""),
                        Cell2.text("")));
            }
            for (TextAnswer t : texts.getOrDefault(q.id(), List.of())) {
                rows.add(List.of(s, w, no, question, Cell2.text(t.text()), Cell2.text(""), Cell2.text(""),
                        Cell2.text("Written answer")));
            }
        }
        return rows;
    }

    static byte[] csv(WaveResults results, Map<Long, List<TextAnswer>> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(HEADER);
            for (List<Cell2> row : rows(results, texts)) {
                printer.printRecord(row.stream().map(Cell2::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(WaveResults results, Map<Long, List<TextAnswer>> texts) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Results");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (List<Cell2> row : rows(results, texts)) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Cell2 v = row.get(i);
                    Cell c = x.createCell(i);
                    if (v.number() != null) {
                        c.setCellValue(v.number().doubleValue());
                    } else {
                        c.setCellValue(v.text() == null ? "" : v.text());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 60 * 256 : 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

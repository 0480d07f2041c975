import java.io.FileOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX twins of the CSV fixtures the way a council keeps them: a title row above the
 * header, numbers as numbers, dd/mm/yy dates as real dates, one sheet per table, the RAGB key on its
 * own sheet. Run from the repository root with POI and commons-csv on the class path:
 * java -cp "$(cat /tmp/importer-cp.txt)" src/test/fixtures-src/MakeFixtureWorkbooks.java
 */
public class MakeFixtureWorkbooks {
    static final Path DIR = Path.of("src/test/resources/importer");

    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Improvement plan", "Draft SEND inspection improvement plan.", read("barnet-000-improvement-plan.csv"));
            sheet(wb, "Workforce plan", "Workforce recruitment and retention plan", read("barnet-000-workforce-plan.csv"));
            save(wb, "barnet-000-improvement-plan.xlsx");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Areas for development",
                    "Hammersmith and Fulham SEND Inspection - Health and LA Actions on Areas for development June 2019",
                    read("hf-001-areas-for-development.csv"));
            sheet(wb, "Key", null, List.of(
                    List.of("RAGB", "Meaning"),
                    List.of("Red", "Major risks and barriers to achieving – requires urgent attention."),
                    List.of("Amber", "In progress – some risks and barriers to completion"),
                    List.of("Green", "On track"),
                    List.of("Blue", "Completed"),
                    List.of("", ""),
                    List.of("KLOE", "Meaning"),
                    List.of("1", "Identifying Needs"),
                    List.of("2", "Meeting Needs"),
                    List.of("3", "Improving outcomes")));
            save(wb, "hf-001-areas-for-development.xlsx");
        }
    }

    static List<List<String>> read(String name) throws Exception {
        try (Reader in = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(in).getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    static void sheet(XSSFWorkbook wb, String name, String title, List<List<String>> rows) {
        Sheet sheet = wb.createSheet(name);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yy"));
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        if (title != null) {
            sheet.createRow(r++).createCell(0).setCellValue(title);
            r++;
        }
        boolean header = true;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                var cell = row.createCell(c);
                if (!header && v.matches("\\d{1,2}")) {
                    cell.setCellValue(Integer.parseInt(v));
                } else if (!header && v.matches("\\d{2}/\\d{2}/\\d{2}")) {
                    cell.setCellValue(LocalDate.parse(v, DateTimeFormatter.ofPattern("dd/MM/yy")));
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(v);
                    if (v.length() > 60) {
                        cell.setCellStyle(wrap);
                    }
                }
            }
            header = false;
        }
        for (int c = 0; c < 20; c++) {
            sheet.setColumnWidth(c, 30 * 256);
        }
    }

    static void save(XSSFWorkbook wb, String name) throws Exception {
        try (FileOutputStream out = new FileOutputStream(DIR.resolve(name).toFile())) {
            wb.write(out);
        }
    }
}

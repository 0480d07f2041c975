package app.tandem.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file that was read safely: its sheets (a CSV file has one), each with a header row and data
 * rows; or, for a Tandem JSON export, the plan it holds.
 */
public record UploadedFile(String fileName, Kind kind, List<Sheet> sheets, app.tandem.plan.@Nullable PlanDraft plan) {

    public enum Kind { CSV, XLSX, JSON }

    public UploadedFile {
        sheets = List.copyOf(sheets);
    }

    UploadedFile(String fileName, Kind kind, List<Sheet> sheets) {
        this(fileName, kind, sheets, null);
    }

    public Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnreadableFileException("import.error.noSuchSheet", name));
    }

    /**
     * One table: the headers as written, the row number of the header in the file, a title found
     * above the header (if any) and the data rows with their row numbers as the file counts them.
     */
    public record Sheet(String name, int headerRow, String title, List<String> headers, List<Row> rows) {
        public Sheet {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** A data row: its number in the file (1 = first line) and its cells, trimmed, "" when empty. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}

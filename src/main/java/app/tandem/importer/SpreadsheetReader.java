package app.tandem.importer;

import app.tandem.importer.UploadedFile.Kind;
import app.tandem.importer.UploadedFile.Row;
import app.tandem.importer.UploadedFile.Sheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads CSV and XLSX uploads with safety first (quality bar BI-3): the size is checked before
 * parsing, the file's first bytes must match its extension, a workbook's zip is walked and measured
 * before POI opens it (zip bombs, macros, document type declarations are refused), and rows and
 * cells are capped. Anything refused throws {@link UnreadableFileException} and nothing is kept.
 */
final class SpreadsheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static {
        // POI's own guards as a second line behind the zip walk below.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(ImportLimits.DEFAULT.maxUnzippedBytes());
    }

    private final ImportLimits limits;

    SpreadsheetReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads at most the size limit from the stream; one byte more and the file is refused unread. */
    byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw tooBig();
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFileException("import.error.unreadable");
        }
    }

    UnreadableFileException tooBig() {
        return new UnreadableFileException("import.error.tooBig", megabytes(limits.maxBytes()));
    }

    UploadedFile read(String fileName, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw tooBig();
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException("import.error.empty");
        }
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
            throw new UnreadableFileException("import.error.macro");
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException("import.error.oldExcel");
        }
        if (name.endsWith(".xlsx")) {
            if (startsWith(bytes, OLE2)) {
                throw new UnreadableFileException("import.error.encryptedOrOld");
            }
            if (!startsWith(bytes, ZIP)) {
                throw new UnreadableFileException("import.error.notWhatItSays", "XLSX");
            }
            return new UploadedFile(fileName, Kind.XLSX, readWorkbook(bytes));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
                throw new UnreadableFileException("import.error.notWhatItSays", "CSV");
            }
            return new UploadedFile(fileName, Kind.CSV, List.of(readCsv(baseName(fileName), decode(bytes))));
        }
        if (name.endsWith(".json")) {
            return new UploadedFile(fileName, Kind.JSON, List.of());
        }
        throw new UnreadableFileException("import.error.type");
    }

    // ------------------------------------------------------------------------------------ CSV

    /** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else Windows-1252. */
    String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException("import.error.binary");
        }
        return text;
    }

    /** The delimiter used most on the first line that has any: comma, semicolon or tab. */
    static char detectDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                } else if ((c == '\n' || c == '\r') && comma + semicolon + tab > 0) {
                    break;
                }
            }
        }
        if (tab >= comma && tab >= semicolon && tab > 0) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    Sheet readCsv(String sheetName, String text) {
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                if (rows.size() > limits.maxRows() + 20) {
                    throw tooManyRows();
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int c = 0; c < record.size(); c++) {
                    cells.add(checkedCell(record.get(c), (int) line, c));
                }
                rows.add(cells);
                numbers.add((int) line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("import.error.csvQuote", numbers.isEmpty() ? 1 : numbers.getLast() + 1);
        } catch (IOException e) {
            throw new UnreadableFileException("import.error.unreadable");
        }
        return table(sheetName, rows, numbers);
    }

    // ------------------------------------------------------------------------------------ XLSX

    List<Sheet> readWorkbook(byte[] bytes) {
        inspectZip(bytes);
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<Sheet> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                if (sheet.getLastRowNum() > limits.maxRows() + 20) {
                    throw tooManyRows();
                }
                List<List<String>> rows = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    short last = row.getLastCellNum();
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        String value = cell == null ? "" : formatter.formatCellValue(cell);
                        cells.add(checkedCell(value, row.getRowNum() + 1, c));
                    }
                    rows.add(cells);
                    numbers.add(row.getRowNum() + 1);
                }
                sheets.add(table(sheet.getSheetName(), rows, numbers));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.error.brokenWorkbook");
        }
        if (sheets.isEmpty()) {
            throw new UnreadableFileException("import.error.empty");
        }
        return sheets;
    }

    /**
     * Walks the zip before POI sees it: counts entries and the bytes they unzip to (stopping at the
     * limit, so a bomb is never inflated), refuses macros and any XML part with a document type
     * declaration (the way in for XXE; spreadsheets never need one).
     */
    void inspectZip(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new UnreadableFileException("import.error.zipBomb");
                }
                String entryName = entry.getName().toLowerCase(Locale.ROOT);
                if (entryName.contains("vbaproject") || entryName.endsWith(".bin") && entryName.contains("vba")) {
                    throw new UnreadableFileException("import.error.macro");
                }
                boolean xml = entryName.endsWith(".xml") || entryName.endsWith(".rels");
                StringBuilder head = new StringBuilder();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw new UnreadableFileException("import.error.zipBomb");
                    }
                    if (xml && head.length() < 4096) {
                        head.append(new String(buffer, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1));
                    }
                    if (xml && entryName.equals("[content_types].xml")
                            && head.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                        throw new UnreadableFileException("import.error.macro");
                    }
                }
                if (xml && head.toString().toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                    throw new UnreadableFileException("import.error.doctype");
                }
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.error.brokenWorkbook");
        }
        if (entries == 0) {
            throw new UnreadableFileException("import.error.brokenWorkbook");
        }
    }

    // ------------------------------------------------------------------------------------ shared

    private String checkedCell(String value, int row, int column) {
        if (value.length() > limits.maxCellChars()) {
            throw new UnreadableFileException("import.error.cellTooLong", row, columnLetter(column), value.length(),
                    limits.maxCellChars());
        }
        return value.strip();
    }

    private UnreadableFileException tooManyRows() {
        return new UnreadableFileException("import.error.tooManyRows", limits.maxRows());
    }

    /** Finds the header row (the first with two or more known headings), keeps a title above it. */
    private Sheet table(String name, List<List<String>> rows, List<Integer> numbers) {
        int header = -1;
        for (int i = 0; i < Math.min(rows.size(), 15) && header < 0; i++) {
            long known = rows.get(i).stream().filter(h -> TandemField.suggest(h) != TandemField.IGNORE).count();
            if (known >= 2) {
                header = i;
            }
        }
        if (header < 0) {
            for (int i = 0; i < rows.size() && header < 0; i++) {
                if (rows.get(i).stream().anyMatch(c -> !c.isBlank())) {
                    header = i;
                }
            }
        }
        if (header < 0) {
            return new Sheet(name, 0, "", List.of(), List.of());
        }
        String title = "";
        for (int i = 0; i < header && title.isEmpty(); i++) {
            title = rows.get(i).stream().filter(c -> !c.isBlank()).findFirst().orElse("");
        }
        List<String> headers = new ArrayList<>(rows.get(header));
        while (!headers.isEmpty() && headers.getLast().isBlank()) {
            headers.removeLast();
        }
        List<Row> data = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            Row row = new Row(numbers.get(i), rows.get(i));
            if (!row.isEmpty()) {
                data.add(row);
            }
        }
        if (data.size() > limits.maxRows()) {
            throw tooManyRows();
        }
        return new Sheet(name, numbers.get(header), title, headers, data);
    }

    static String columnLetter(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            s.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return s.toString();
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}

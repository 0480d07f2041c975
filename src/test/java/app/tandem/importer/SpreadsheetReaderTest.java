package app.tandem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Quality bar BI-3: every malformed or hostile file gives a clear message and yields nothing. */
class SpreadsheetReaderTest {

    private final SpreadsheetReader reader = new SpreadsheetReader(ImportLimits.DEFAULT);

    // ------------------------------------------------------------------ size, type, magic bytes

    @Test
    void an_upload_over_the_limit_is_refused_before_parsing_and_not_read_to_the_end() {
        SpreadsheetReader small = new SpreadsheetReader(new ImportLimits(1000, 20_000, 32_767, 1 << 20, 100));
        CountingStream endless = new CountingStream(10_000_000);

        assertRefused(() -> small.readLimited(endless), "import.error.tooBig");
        assertThat(endless.read).isEqualTo(1001);
        assertRefused(() -> small.read("plan.csv", new byte[1001]), "import.error.tooBig");
    }

    @Test
    void empty_files_unknown_types_macros_and_old_excel_are_refused() {
        assertRefused(() -> reader.read("plan.csv", new byte[0]), "import.error.empty");
        assertRefused(() -> reader.read("plan.pdf", "%PDF".getBytes()), "import.error.type");
        assertRefused(() -> reader.read("plan.xlsm", workbook()), "import.error.macro");
        assertRefused(() -> reader.read("plan.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
                "import.error.oldExcel");
    }

    @Test
    void a_file_whose_content_is_not_what_its_extension_says_is_refused() {
        assertRefused(() -> reader.read("plan.xlsx", "No.,Action\n1,x".getBytes()), "import.error.notWhatItSays");
        assertRefused(() -> reader.read("plan.csv", workbook()), "import.error.notWhatItSays");
        assertRefused(() -> reader.read("plan.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}),
                "import.error.encryptedOrOld");
        assertRefused(() -> reader.read("plan.csv", new byte[] {'a', 0, 'b', ',', 'c'}), "import.error.binary");
    }

    // ------------------------------------------------------------------ workbooks

    @Test
    void a_workbook_is_read_with_its_title_row_and_numbers_as_written() {
        UploadedFile file = reader.read("plan.xlsx", workbook());
        UploadedFile.Sheet sheet = file.sheets().getFirst();
        assertThat(sheet.title()).isEqualTo("Our plan");
        assertThat(sheet.headers()).containsExactly("Action", "Consequence");
        assertThat(sheet.rows()).singleElement().extracting(UploadedFile.Row::cells).isEqualTo(List.of("Recruit", "5"));
    }

    @Test
    void a_workbook_with_a_macro_inside_is_refused_whatever_its_name() throws IOException {
        byte[] withMacro = rewrite(workbook(), "xl/vbaProject.bin", new byte[] {1, 2, 3}, null);
        assertRefused(() -> reader.read("plan.xlsx", withMacro), "import.error.macro");
    }

    @Test
    void a_zip_bomb_is_refused_without_being_inflated() throws IOException {
        SpreadsheetReader tight = new SpreadsheetReader(new ImportLimits(10 << 20, 20_000, 32_767, 5 << 20, 100));
        byte[] bomb = rewrite(workbook(), "xl/worksheets/sheet2.xml", null, 6 << 20);
        assertThat(bomb.length).isLessThan(100_000);

        assertRefused(() -> tight.read("plan.xlsx", bomb), "import.error.zipBomb");
    }

    @Test
    void an_xxe_payload_in_a_sheet_is_refused_and_never_resolved() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        byte[] hostile = rewrite(workbook(), "xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8), null);

        assertRefused(() -> reader.read("plan.xlsx", hostile), "import.error.doctype");
    }

    @Test
    void a_damaged_workbook_gets_a_plain_message() {
        byte[] broken = workbook();
        byte[] cut = java.util.Arrays.copyOf(broken, broken.length / 2);
        assertRefused(() -> reader.read("plan.xlsx", cut), "import.error.brokenWorkbook");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csv_with_bom_semicolons_and_mixed_line_ends_is_read() {
        byte[] bytes = "\uFEFFNo.;Action;Who\r\n1;Recruit;Ann\n2;\"Train; then review\";Bob\r3;Report;Cy\r\n"
                .getBytes(StandardCharsets.UTF_8);
        UploadedFile.Sheet sheet = reader.read("plan.csv", bytes).sheets().getFirst();
        assertThat(sheet.headers()).containsExactly("No.", "Action", "Who");
        assertThat(sheet.rows()).extracting(r -> r.cell(1)).containsExactly("Recruit", "Train; then review", "Report");
        assertThat(sheet.rows()).extracting(UploadedFile.Row::number).containsExactly(2, 3, 4);
    }

    @Test
    void the_delimiter_is_detected_from_the_header_line() {
        assertThat(SpreadsheetReader.detectDelimiter("a,b,c\n1;2")).isEqualTo(',');
        assertThat(SpreadsheetReader.detectDelimiter("a;b;c\n1,2,3,4")).isEqualTo(';');
        assertThat(SpreadsheetReader.detectDelimiter("a\tb, c\tx\n")).isEqualTo('\t');
        assertThat(SpreadsheetReader.detectDelimiter("\"a,b\";c;d")).isEqualTo(';');
        UploadedFile.Sheet tabbed = reader.read("plan.tsv", "Action\tWho\nRecruit\tAnn".getBytes()).sheets().getFirst();
        assertThat(tabbed.headers()).containsExactly("Action", "Who");
    }

    @Test
    void csv_from_excel_on_windows_and_unicode_text_are_decoded() {
        byte[] cp1252 = "Action,Cost\nBuy,£50".getBytes(Charset.forName("windows-1252"));
        assertThat(reader.read("plan.csv", cp1252).sheets().getFirst().rows().getFirst().cell(1)).isEqualTo("£50");
        byte[] body = "Action\tWho\nRecruit\tZoë".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        assertThat(reader.read("plan.txt", utf16).sheets().getFirst().rows().getFirst().cell(1)).isEqualTo("Zoë");
    }

    @Test
    void an_unbalanced_quote_is_refused_with_the_line_it_starts_near() {
        byte[] bytes = "Action,Who\nRecruit,Ann\n\"Train,Bob\nReport,Cy\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("plan.csv", bytes)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.csvQuote");
            assertThat(e.arguments()).containsExactly(3);
        });
    }

    @Test
    void a_five_megabyte_cell_is_refused_with_its_row_and_column() {
        byte[] bytes = ("Action,Notes\nRecruit," + "x".repeat(5 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("plan.csv", bytes)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.cellTooLong");
            assertThat(e.arguments()).containsExactly(2, "B", 5 * 1024 * 1024, 32_767);
        });
    }

    @Test
    void a_hundred_thousand_rows_are_refused_with_the_row_cap() {
        StringBuilder csv = new StringBuilder("Action,Who\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("a").append(i).append(",b\n");
        }
        assertRefused(() -> reader.read("plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                "import.error.tooManyRows");
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Plan");
            sheet.createRow(0).createCell(0).setCellValue("Our plan");
            var header = sheet.createRow(2);
            header.createCell(0).setCellValue("Action");
            header.createCell(1).setCellValue("Consequence");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue("Recruit");
            row.createCell(1).setCellValue(5);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies a zip, replacing (or adding) one entry: given bytes, or {@code zeros} bytes of zeros. */
    static byte[] rewrite(byte[] zip, String entryName, byte[] content, Integer zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            boolean replaced = false;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entryName)) {
                    write(z, content, zeros);
                    replaced = true;
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
            if (!replaced) {
                z.putNextEntry(new ZipEntry(entryName));
                write(z, content, zeros);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream z, byte[] content, Integer zeros) throws IOException {
        if (content != null) {
            z.write(content);
        } else {
            byte[] block = new byte[64 * 1024];
            for (int written = 0; written < zeros; written += block.length) {
                z.write(block);
            }
        }
    }

    /** A stream of {@code size} bytes that counts how many were read. */
    static final class CountingStream extends InputStream {
        final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }
    }
}

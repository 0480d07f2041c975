package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    static byte[] office(String folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(folder + "document.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void everyday_files_whose_bytes_match_their_name_are_accepted() throws IOException {
        assertThat(AttachmentRules.problem("Board report.pdf", PDF)).isEmpty();
        assertThat(AttachmentRules.problem("chart.PNG", PNG)).isEmpty();
        assertThat(AttachmentRules.problem("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEmpty();
        assertThat(AttachmentRules.problem("notes.txt", "Met the forum – 12 parents".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentRules.problem("figures.csv", "month,value\nOct,12\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentRules.problem("letter.docx", office("word/"))).isEmpty();
        assertThat(AttachmentRules.problem("figures.xlsx", office("xl/"))).isEmpty();
        assertThat(AttachmentRules.problem("slides.pptx", office("ppt/"))).isEmpty();
    }

    @Test
    void other_types_are_refused() {
        assertThat(AttachmentRules.problem("setup.exe", EXE)).contains("attachment.type");
        assertThat(AttachmentRules.problem("page.html", "<script>".getBytes(StandardCharsets.UTF_8))).contains("attachment.type");
        assertThat(AttachmentRules.problem("no-extension", PDF)).contains("attachment.type");
    }

    @Test
    void a_file_whose_bytes_are_not_its_type_is_refused() throws IOException {
        assertThat(AttachmentRules.problem("report.pdf", EXE)).contains("attachment.mismatch");
        assertThat(AttachmentRules.problem("photo.png", PDF)).contains("attachment.mismatch");
        assertThat(AttachmentRules.problem("notes.txt", EXE)).contains("attachment.mismatch");
        // A spreadsheet renamed to .docx is a zip, but not a Word document.
        assertThat(AttachmentRules.problem("letter.docx", office("xl/"))).contains("attachment.mismatch");
    }

    @Test
    void files_over_10_mb_or_empty_are_refused() {
        byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(AttachmentRules.problem("big.pdf", big)).contains("attachment.tooBig");
        assertThat(AttachmentRules.problem("empty.pdf", new byte[0])).contains("attachment.empty");
    }

    @Test
    void file_names_lose_folders_and_odd_characters() {
        assertThat(AttachmentRules.safeName("..\\..\\windows\\evil.pdf")).isEqualTo("evil.pdf");
        assertThat(AttachmentRules.safeName("../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(AttachmentRules.safeName("re\"port\r\n<b>.pdf")).isEqualTo("re_port___b_.pdf");
        assertThat(AttachmentRules.safeName("Année 2026 (final).pdf")).isEqualTo("Année 2026 (final).pdf");
        assertThat(AttachmentRules.safeName("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}

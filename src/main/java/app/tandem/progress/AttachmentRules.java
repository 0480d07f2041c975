package app.tandem.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which files an update may carry: at most 10 MB, one of a few everyday types, and the bytes must
 * really be that type (a renamed .exe is refused). Pure rules: the form uses them for quick
 * feedback and the service applies them again.
 */
public final class AttachmentRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;

    /** Allowed extensions and the content type they are served with. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "csv", "text/csv");

    private AttachmentRules() {}

    /** The message key of what is wrong with this file, or empty when it may be attached. */
    public static Optional<String> problem(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of("attachment.tooBig");
        }
        if (bytes.length == 0) {
            return Optional.of("attachment.empty");
        }
        String ext = extension(fileName);
        if (!TYPES.containsKey(ext)) {
            return Optional.of("attachment.type");
        }
        return contentMatches(ext, bytes) ? Optional.empty() : Optional.of("attachment.mismatch");
    }

    static String contentType(String fileName) {
        return TYPES.getOrDefault(extension(fileName), "application/octet-stream");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * A file name safe to store and to send back: no folders, no control or odd characters, at most
     * 200 characters, the extension kept.
     */
    public static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 200 - ext.length() - 1) + "." + ext;
        }
        return name.isBlank() ? "file" : name;
    }

    private static boolean contentMatches(String ext, byte[] b) {
        return switch (ext) {
            case "pdf" -> startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "docx" -> officeZip(b, "word/");
            case "xlsx" -> officeZip(b, "xl/");
            case "pptx" -> officeZip(b, "ppt/");
            case "txt", "csv" -> isText(b);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An Office Open XML file is a zip with [Content_Types].xml and its own folder. Names only are read. */
    private static boolean officeZip(byte[] b, String folder) {
        if (!startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        boolean contentTypes = false;
        boolean part = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                contentTypes |= e.getName().equals("[Content_Types].xml");
                part |= e.getName().startsWith(folder);
                if (contentTypes && part) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** Plain text: valid UTF-8 with no NUL bytes (binary files almost always have some). */
    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

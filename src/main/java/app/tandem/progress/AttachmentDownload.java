package app.tandem.progress;

import app.tandem.base.NotFoundException;
import app.tandem.progress.ProgressViews.AttachmentFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads an update's file (AC-6): the URL is just the file's id, never a secret, and every
 * request goes through {@link ProgressService#attachment(long)}, which checks who is signed in and
 * their area each time. Always sent as a download with its cleaned name, never shown inline.
 */
@Controller
class AttachmentDownload {

    private final ProgressService progress;

    AttachmentDownload(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        AttachmentFile file;
        try {
            file = progress.attachment(id);
        } catch (NotFoundException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("Not found".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.bytes().length)
                .body(file.bytes());
    }
}

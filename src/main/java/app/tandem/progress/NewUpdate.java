package app.tandem.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An officer's progress update as typed.
 *
 * @param idempotencyKey made when the form opens: sending the same form twice makes one update
 * @param statusId the new status, or null to leave the status as it is
 * @param correctsUpdateId an earlier update on the same action that this one corrects
 * @param internalOnly kept inside the council: never shown on the public plan page
 */
public record NewUpdate(
        @NotBlank @Size(max = 64) String idempotencyKey,
        @NotNull(message = "{progress.date.required}") LocalDate date,
        @NotBlank(message = "{progress.narrative.required}")
                @Size(max = 8000, message = "{progress.narrative.tooLong}") String narrative,
        @Nullable Long statusId,
        @NotNull @Size(max = 20, message = "{progress.evidence.tooMany}") List<@Valid @NotNull EvidenceInput> evidence,
        @NotNull @Size(max = AttachmentRules.MAX_FILES, message = "{attachment.tooMany}")
                List<@Valid @NotNull NewAttachment> attachments,
        @NotNull Set<Long> milestonesDone,
        @Nullable Long correctsUpdateId,
        boolean internalOnly) {

    /** A public update (the default): shown on the public plan page once the plan is published. */
    public NewUpdate(String idempotencyKey, LocalDate date, String narrative, @Nullable Long statusId,
            List<EvidenceInput> evidence, List<NewAttachment> attachments, Set<Long> milestonesDone,
            @Nullable Long correctsUpdateId) {
        this(idempotencyKey, date, narrative, statusId, evidence, attachments, milestonesDone, correctsUpdateId, false);
    }

    /** An evidence link: http or https only. */
    public record EvidenceInput(
            @NotBlank(message = "{progress.evidence.url.required}")
                    @Size(max = 2000, message = "{progress.evidence.url.tooLong}") String url,
            @Size(max = 300, message = "{text.tooLong}") @Nullable String title) {}

    /** A file as uploaded. The type is checked from its name and its bytes. */
    public record NewAttachment(@NotBlank @Size(max = 500) String fileName, @NotNull byte[] bytes) {

        @Override
        public String toString() {
            return "NewAttachment[" + fileName + ", " + bytes.length + " bytes]";
        }
    }
}

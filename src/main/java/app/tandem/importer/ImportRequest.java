package app.tandem.importer;

import app.tandem.plan.PlanKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What the wizard asks to import: one sheet, how its columns map (one field per column, IGNORE for
 * none), the new plan's title and kind, and the new organisations the person agreed to create.
 */
public record ImportRequest(
        @NotNull UploadedFile.Sheet sheet,
        @NotNull List<TandemField> mapping,
        @NotBlank(message = "{import.title.required}") @Size(max = 300, message = "{import.title.tooLong}") String title,
        @NotNull PlanKind kind,
        @NotNull Set<String> createOrganisations,
        @Size(max = 300) String fileName) {

    public ImportRequest {
        mapping = List.copyOf(mapping);
        createOrganisations = Set.copyOf(createOrganisations);
    }
}

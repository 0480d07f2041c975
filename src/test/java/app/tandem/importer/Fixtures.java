package app.tandem.importer;

import app.tandem.access.OrganisationKind;
import app.tandem.access.OrganisationSummary;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.StatusScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The seed fixtures under src/test/resources/importer, read and assembled without Spring. */
final class Fixtures {

    static final String BARNET_CSV = "barnet-000-improvement-plan.csv";
    static final String BARNET_WORKFORCE_CSV = "barnet-000-workforce-plan.csv";
    static final String BARNET_XLSX = "barnet-000-improvement-plan.xlsx";
    static final String HF_CSV = "hf-001-areas-for-development.csv";
    static final String HF_XLSX = "hf-001-areas-for-development.xlsx";

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/importer/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UploadedFile read(String name) {
        return new SpreadsheetReader(ImportLimits.DEFAULT).read(name, bytes(name));
    }

    /** Assembled with no organisations known and every proposed one confirmed. */
    static ImportPreview assemble(UploadedFile.Sheet sheet) {
        List<TandemField> mapping = TandemField.suggestAll(sheet.headers());
        ImportPreview first = new DraftAssembler(sheet, mapping, StatusScheme.brag(), List.of(), List.of(), Set.of())
                .assemble("Test plan", PlanKind.IMPROVEMENT_PLAN, false);
        Set<String> all = new java.util.HashSet<>();
        first.newOrganisations().forEach(o -> all.add(o.shortName()));
        return new DraftAssembler(sheet, mapping, StatusScheme.brag(), List.of(
                new OrganisationSummary(1, "Whittington Health", "WH", OrganisationKind.NHS_PROVIDER, true)),
                List.of(), all).assemble("Test plan", PlanKind.IMPROVEMENT_PLAN, false);
    }

    static List<ActionDraft> actions(PlanDraft draft) {
        List<ActionDraft> all = new ArrayList<>();
        for (var p : draft.priorities()) {
            if (p.actions() != null) {
                all.addAll(p.actions());
            }
            if (p.outcomes() != null) {
                p.outcomes().forEach(o -> all.addAll(o.actions() == null ? List.of() : o.actions()));
            }
        }
        return all;
    }
}

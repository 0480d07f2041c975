package app.tandem.importer;

import app.tandem.plan.PlanDraft;
import java.util.List;

/**
 * What an import would bring in, before anything is saved: the plan as data, every problem found,
 * the organisations it names that the area does not have yet, and how many of each thing it holds.
 */
public record ImportPreview(
        PlanDraft draft,
        List<ImportProblem> problems,
        List<OrganisationProposal> newOrganisations,
        Counts counts,
        boolean titleTaken) {

    public ImportPreview {
        problems = List.copyOf(problems);
        newOrganisations = List.copyOf(newOrganisations);
    }

    public boolean canImport() {
        return problems.stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    /** An organisation named in the file and not found in the area, with the rows that name it. */
    public record OrganisationProposal(String name, String shortName, List<Integer> rows) {
        public OrganisationProposal {
            rows = List.copyOf(rows);
        }
    }

    public record Counts(int rows, int priorities, int outcomes, int actions, int milestones, int risks) {}
}

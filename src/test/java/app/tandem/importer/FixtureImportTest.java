package app.tandem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.importer.ImportProblem.Severity;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeds 000 and 001, kept as councils keep them, become plans with every row and field. */
class FixtureImportTest {

    @Test
    void barnet_csv_and_xlsx_make_the_same_plan_with_every_action_and_risk() {
        PlanDraft csv = Fixtures.assemble(Fixtures.read(Fixtures.BARNET_CSV).sheets().getFirst()).draft();
        UploadedFile xlsx = Fixtures.read(Fixtures.BARNET_XLSX);
        PlanDraft fromXlsx = Fixtures.assemble(xlsx.sheet("Improvement plan")).draft();

        assertThat(csv.priorities()).hasSize(8);
        List<ActionDraft> actions = Fixtures.actions(csv);
        assertThat(actions).hasSize(20);
        assertThat(actions.stream().mapToInt(a -> a.risks().size()).sum()).isEqualTo(16);
        assertThat(fromXlsx).isEqualTo(csv);
        assertThat(xlsx.sheet("Improvement plan").title()).isEqualTo("Draft SEND inspection improvement plan.");
    }

    @Test
    void barnet_rows_keep_their_words_dates_organisations_and_risk_factors() {
        List<ActionDraft> actions = Fixtures.actions(Fixtures.assemble(Fixtures.read(Fixtures.BARNET_CSV).sheets().getFirst()).draft());
        ActionDraft first = actions.getFirst();
        assertThat(first.title()).isEqualTo("WH recruiting to vacant posts");
        assertThat(first.leadOrganisation()).isEqualTo("WH");
        assertThat(first.start()).isEqualTo("On-going");
        assertThat(first.end()).isEqualTo("on-going");
        assertThat(first.monitoring()).startsWith("This is monitored every two weeks");
        assertThat(first.notes()).startsWith("This is being monitored as part of the on-going discussions");
        RiskDraft risk = first.risks().getFirst();
        assertThat(risk.risk()).isEqualTo("WH will not be able to recruit to the posts");
        assertThat(risk.resultIn()).isEqualTo("No service improvement");
        assertThat(List.of(risk.consequence(), risk.likelihood(), risk.revisedConsequence(), risk.revisedLikelihood()))
                .containsExactly(5, 4, 5, 3);
        assertThat(risk.mitigation()).startsWith("WH currently using a mixed model");

        ActionDraft second = actions.get(1);
        assertThat(second.leadOrganisation()).isEqualTo("WH");
        assertThat(second.whoText()).contains("Lead organisation: WH - and other acute trusts within NCL");
        assertThat(second.coDependent()).containsExactly("CCG", "London boroughs in NCL");
        assertThat(second.end()).isEqualTo("30/09/22");
        // The variant wording of the same inspection comment is kept on the action.
        assertThat(second.inspectionFinding()).contains("occupational and speech and language therapists");

        ActionDraft hub = actions.stream().filter(a -> a.title().startsWith("NCL hub")).findFirst().orElseThrow();
        assertThat(hub.start()).isEqualTo("01-Apr");
        assertThat(hub.end()).isEqualTo("31/03/23");
        ActionDraft ehc = actions.getLast();
        assertThat(ehc.start()).isEqualTo("1. Completed 2/3 Apr-22");
        assertThat(ehc.end()).isEqualTo("No end date");
        assertThat(ehc.risks()).isEmpty();
    }

    @Test
    void barnet_zero_scores_with_blank_factors_are_reported_not_imported() {
        ImportPreview preview = Fixtures.assemble(Fixtures.read(Fixtures.BARNET_CSV).sheets().getFirst());
        List<ImportProblem> zeros = preview.problems().stream().filter(p -> p.key().equals("import.problem.scoreZero")).toList();
        // Rows 4, 17, 18, 20 and 21 write 0 for both scores with blank factors.
        assertThat(zeros).extracting(ImportProblem::row).containsExactly(4, 4, 17, 17, 18, 18, 20, 20, 21, 21);
        assertThat(zeros.getFirst().column()).isEqualTo("N (Overall score)");
        assertThat(zeros.get(1).column()).isEqualTo("R (Overall score)");
        assertThat(preview.canImport()).isTrue();
    }

    @Test
    void barnet_workforce_sheet_lists_blank_scores_tandem_computes() {
        ImportPreview preview = Fixtures.assemble(Fixtures.read(Fixtures.BARNET_XLSX).sheet("Workforce plan"));
        assertThat(Fixtures.actions(preview.draft())).hasSize(21);
        assertThat(preview.draft().priorities()).singleElement().extracting(PriorityDraft::title)
                .isEqualTo("Workforce recruitment and retention plan");
        assertThat(preview.problems()).filteredOn(p -> p.key().equals("import.problem.scoreMissing"))
                .extracting(ImportProblem::arguments).containsExactly(List.of("6"), List.of("9"));
    }

    @Test
    void hammersmith_issues_become_priorities_and_continuation_rows_join_the_row_above() {
        for (String name : List.of(Fixtures.HF_CSV, Fixtures.HF_XLSX)) {
            ImportPreview preview = Fixtures.assemble(Fixtures.read(name).sheets().getFirst());
            PlanDraft draft = preview.draft();
            assertThat(draft.priorities()).as(name).hasSize(23);
            List<ActionDraft> actions = Fixtures.actions(draft);
            assertThat(actions).as(name).hasSize(28);
            PriorityDraft first = draft.priorities().getFirst();
            assertThat(first.number()).isEqualTo("1");
            assertThat(first.kloe()).isEqualTo("1 & 2");
            assertThat(first.theme()).startsWith("Early identification");
            assertThat(first.actions()).hasSize(2);
            ActionDraft workshop = first.actions().get(1);
            assertThat(workshop.healthAction()).startsWith("Facilitated workshops");
            assertThat(workshop.whoText()).isEqualTo("Corina Christos /Robert Holman");
            assertThat(workshop.end()).isEqualTo("Timescale dependent on commissioning model agreed during 19/20. "
                    + "Clear plan in place and agreed by end of Q1.");
            assertThat(first.actions().getFirst().end()).isEqualTo("26/4/19 (CQG)");
            assertThat(first.actions().getFirst().laAction()).startsWith("Work is in progress in Children's Social Care");
            PriorityDraft eight = draft.priorities().stream().filter(p -> p.number().equals("8")).findFirst().orElseThrow();
            assertThat(eight.inspectorsWords()).endsWith("lack of advocacy for those requiring ongoing support.");
            PriorityDraft twelve = draft.priorities().stream().filter(p -> p.number().equals("12")).findFirst().orElseThrow();
            assertThat(twelve.actions().getFirst().healthAction()).contains("to reduce the pre-school waiting list");
            assertThat(draft.priorities()).extracting(PriorityDraft::number).contains("4a", "4b", "14a");
            assertThat(preview.problems()).allMatch(p -> p.severity() == Severity.NOTE);
        }
    }
}

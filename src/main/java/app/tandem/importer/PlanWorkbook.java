package app.tandem.importer;

import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import app.tandem.plan.RiskScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan to XLSX: a sheet per level (Priorities, Outcomes, Actions, Milestones, Risks) and a
 * flat "Plan" sheet shaped like seed 000, which the importer reads back. Every text cell goes
 * through {@link CellSafety#neutralise} (quality bar BI-2); scores are computed, never copied.
 */
final class PlanWorkbook {

    static final List<String> FLAT_HEADERS = List.of("Comment from SEND inspection", "Objective", "Action",
            "Lead organisation", "Co-dependent organisations", "Start date", "End date", "Detail of work stream",
            "Monitoring", "There is a risk that...", "Which would result in...", "Consequence", "Likelihood",
            "Overall score", "Mitigation", "Revised consequence", "Revised likelihood", "Revised score", "Notes",
            "Who", "Status", "Ref");

    private PlanWorkbook() {}

    static byte[] write(PlanDraft plan) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet flat = sheet(wb, "Plan", FLAT_HEADERS, bold);
            Sheet priorities = sheet(wb, "Priorities", List.of("Number", "Title", "Inspectors' words", "Inspection question",
                    "KLOE", "Theme", "Strategy priority", "Specific aim", "Sponsor", "Delivery partners"), bold);
            Sheet outcomes = sheet(wb, "Outcomes", List.of("Priority", "Ref", "Outcome", "Impact"), bold);
            Sheet actions = sheet(wb, "Actions", List.of("Priority", "Outcome", "Ref", "Action", "Objective",
                    "Inspection finding", "Lead organisation", "Co-dependent organisations", "Lead officers", "Who",
                    "Senior lead", "Action health", "Action LA", "Resource", "Start date", "End date", "Detail",
                    "Monitoring", "Measure of success", "Evidence", "Notes", "Status", "Status date"), bold);
            Sheet milestones = sheet(wb, "Milestones", List.of("Priority", "Action ref", "Action", "Milestone",
                    "Deadline", "Done"), bold);
            Sheet risks = sheet(wb, "Risks", List.of("Priority", "Action ref", "Action", "There is a risk that...",
                    "Which would result in...", "Consequence", "Likelihood", "Score", "Mitigation",
                    "Revised consequence", "Revised likelihood", "Revised score", "Owner"), bold);
            for (PriorityDraft p : plan.priorities()) {
                row(priorities, p.number(), p.title(), p.inspectorsWords(), p.inspectionQuestion(), p.kloe(), p.theme(),
                        p.strategyPriority(), p.specificAim(), p.sponsor(), p.deliveryPartners());
                String comment = p.inspectorsWords() != null ? p.inspectorsWords() : p.title();
                for (ActionDraft a : nonNull(p.actions())) {
                    action(flat, actions, milestones, risks, p, null, comment, a);
                }
                for (OutcomeDraft o : nonNull(p.outcomes())) {
                    row(outcomes, p.number(), o.ref(), o.text(), String.join("\n", nonNull(o.impact())));
                    for (ActionDraft a : nonNull(o.actions())) {
                        action(flat, actions, milestones, risks, p, o, comment, a);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void action(Sheet flat, Sheet actions, Sheet milestones, Sheet risks, PriorityDraft p,
            @Nullable OutcomeDraft o, String comment, ActionDraft a) {
        String lead = a.leadOrganisation();
        String partners = String.join("/", nonNull(a.coDependent()));
        String officers = String.join(", ", nonNull(a.leadOfficers()));
        row(actions, p.number(), o == null ? null : o.ref(), a.ref(), a.title(), a.objective(), a.inspectionFinding(), lead,
                partners, officers, a.whoText(), a.seniorLead(), a.healthAction(), a.laAction(),
                a.resource() == null ? null : a.resource().name(), a.start(), a.end(), a.detail(), a.monitoring(),
                a.measureOfSuccess(), a.evidence(), a.notes(), a.status(),
                a.statusDate() == null ? null : a.statusDate().toString());
        for (MilestoneDraft m : nonNull(a.milestones())) {
            row(milestones, p.number(), a.ref(), a.title(), m.description(), m.deadline(),
                    m.done() == null ? null : m.done().toString());
        }
        List<RiskDraft> actionRisks = nonNull(a.risks());
        for (RiskDraft r : actionRisks) {
            RiskScore before = new RiskScore(r.consequence(), r.likelihood());
            RiskScore after = new RiskScore(r.revisedConsequence(), r.revisedLikelihood());
            row(risks, p.number(), a.ref(), a.title(), r.risk(), r.resultIn(), r.consequence(), r.likelihood(),
                    before.value(), r.mitigation(), r.revisedConsequence(), r.revisedLikelihood(), after.value(), r.owner());
        }
        int count = Math.max(1, actionRisks.size());
        for (int i = 0; i < count; i++) {
            RiskDraft r = i < actionRisks.size() ? actionRisks.get(i) : null;
            List<@Nullable Object> cells = new ArrayList<>();
            if (i == 0) {
                cells.addAll(java.util.Arrays.asList(a.inspectionFinding() != null ? a.inspectionFinding() : comment,
                        o == null ? null : o.text(), a.title(), lead, partners, a.start(), a.end(), a.detail(),
                        a.monitoring()));
            } else {
                cells.addAll(java.util.Collections.nCopies(9, null));
            }
            if (r == null) {
                cells.addAll(java.util.Collections.nCopies(9, null));
            } else {
                cells.addAll(java.util.Arrays.asList(r.risk(), r.resultIn(), r.consequence(), r.likelihood(),
                        new RiskScore(r.consequence(), r.likelihood()).value(), r.mitigation(), r.revisedConsequence(),
                        r.revisedLikelihood(), new RiskScore(r.revisedConsequence(), r.revisedLikelihood()).value()));
            }
            if (i == 0) {
                cells.addAll(java.util.Arrays.asList(a.notes(), a.whoText(), a.status(), a.ref()));
            }
            row(flat, cells.toArray());
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> headers, CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, 28 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, @Nullable Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else {
                String text = String.valueOf(v);
                if (!text.isEmpty()) {
                    // Set as a string cell, never a formula, and neutralised for programs that re-evaluate text.
                    row.createCell(c).setCellValue(CellSafety.neutralise(text));
                }
            }
        }
    }

    private static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}

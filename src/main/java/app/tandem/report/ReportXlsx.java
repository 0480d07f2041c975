package app.tandem.report;

import app.tandem.plan.PlanViews.ActionSnapshot;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.OutcomeView;
import app.tandem.progress.ProgressViews.UpdateView;
import app.tandem.report.ReportService.EvidencePack;
import app.tandem.report.ReportViews.ActionChange;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.OverdueMilestone;
import app.tandem.report.ReportViews.PriorityBlock;
import app.tandem.report.ReportViews.StatusTally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Spreadsheet exports. Every text cell goes through {@link CellSafety} (quality bar BI-2). */
final class ReportXlsx {

    private ReportXlsx() {}

    static byte[] highlight(HighlightReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Writer w = new Writer(wb);
            Sheet summary = wb.createSheet("Summary");
            w.row(summary, true, "Highlight report", r.period().name());
            w.row(summary, false, "Plan", r.planTitle());
            w.row(summary, false, "Period", ReportText.day(r.period().startDate()) + " to " + ReportText.day(r.period().endDate()));
            w.row(summary, false, "State", r.frozen() ? "Closed (frozen)" : "Open (live)");
            w.row(summary, false, "Completed", ReportText.completed(r));
            summary.createRow(summary.getLastRowNum() + 1);
            String previous = r.previous() == null ? "Previous period" : r.previous().name();
            w.row(summary, true, "Status", "This period", previous);
            for (StatusTally t : r.tallies()) {
                Row row = w.row(summary, false, ReportText.status(t.status()));
                row.createCell(1).setCellValue(t.now());
                if (t.previous() != null) {
                    row.createCell(2).setCellValue(t.previous());
                }
            }
            Row total = w.row(summary, true, "Total");
            total.createCell(1).setCellValue(r.total());

            Sheet actions = wb.createSheet("Actions");
            w.row(actions, true, "Priority", "Ref", "Action", "Lead organisation", "Status", "Previous status", "Change",
                    "Latest update", "Latest update date");
            for (PriorityBlock b : r.priorities()) {
                for (ActionChange c : b.actions()) {
                    w.row(actions, false, b.number(), c.now().ref(), c.now().title(), c.now().leadOrganisation(),
                            ReportText.status(c.now().status()),
                            r.previous() == null || c.newSinceLastPeriod() ? "" : ReportText.status(c.before()),
                            ReportPdf.change(c, r.previous() != null),
                            r.latestUpdates().containsKey(c.now().actionId())
                                    ? r.latestUpdates().get(c.now().actionId()).text() : null,
                            r.latestUpdates().containsKey(c.now().actionId())
                                    ? ReportText.day(r.latestUpdates().get(c.now().actionId()).date()) : null);
                }
            }
            Sheet overdue = wb.createSheet("Overdue milestones");
            w.row(overdue, true, "Ref", "Action", "Milestone", "Deadline");
            for (OverdueMilestone m : r.overdue()) {
                w.row(overdue, false, m.actionRef(), m.actionTitle(), m.description(),
                        m.deadlineWords() != null ? m.deadlineWords() : ReportText.day(m.deadlineDate()));
            }
            Sheet narrative = wb.createSheet("Narrative");
            w.row(narrative, true, "Section", "Text");
            w.row(narrative, false, "Feedback from the monitoring visit", r.narrative().feedback());
            w.row(narrative, false, "What is working well", r.narrative().workingWell());
            w.row(narrative, false, "Challenges and mitigation", r.narrative().challenges());
            w.row(narrative, false, "Next steps and recommendations", r.narrative().nextSteps());
            w.row(narrative, false, "Measures", "Measures will appear here.");
            for (Sheet s : List.of(summary, actions, overdue, narrative)) {
                s.setColumnWidth(0, 30 * 256);
                s.setColumnWidth(1, 50 * 256);
                s.setColumnWidth(2, 40 * 256);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] evidence(EvidencePack pack) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Writer w = new Writer(wb);
            var p = pack.priority();
            Sheet outcomes = wb.createSheet("Outcomes");
            w.row(outcomes, true, "Priority " + p.number(), p.title());
            w.row(outcomes, true, "Ref", "Outcome");
            for (OutcomeView o : p.outcomes()) {
                w.row(outcomes, false, o.ref(), o.text());
            }
            Sheet actions = wb.createSheet("Actions");
            w.row(actions, true, "Ref", "Action", "Status", "Status since", "Lead organisation", "Due", "Measure of success",
                    "Evidence", "Status history");
            Sheet milestones = wb.createSheet("Milestones");
            w.row(milestones, true, "Action ref", "Milestone", "Deadline", "Done", "Overdue");
            Sheet updates = wb.createSheet("Updates");
            w.row(updates, true, "Action ref", "Date", "By", "Status change", "What happened", "Milestones done",
                    "Evidence links", "Files", "Shown publicly");
            for (ActionSnapshot a : p.actions()) {
                List<String> history = pack.statusHistory().getOrDefault(a.id(), List.of());
                w.row(actions, false, a.ref(), a.title(), ReportText.status(ReportViews.FrozenStatus.of(a.status())),
                        ReportText.day(a.statusDate()), a.leadOrganisation(),
                        a.end().words() != null ? a.end().words() : ReportText.day(a.end().date()), a.measureOfSuccess(),
                        a.evidence(), history.isEmpty() ? "No status change recorded in Tandem." : String.join("\n", history));
                for (UpdateView u : pack.updates().getOrDefault(a.id(), List.of())) {
                    w.row(updates, false, a.ref(), ReportText.day(u.date()), u.authorName(),
                            u.statusChanged() ? ReportText.statusWords(u.fromLabel()) + " → " + ReportText.statusWords(u.toLabel()) : "",
                            u.narrative(), String.join("\n", u.milestonesDone()),
                            String.join("\n", u.evidence().stream().map(l -> l.title() == null ? l.url() : l.title() + " (" + l.url() + ")").toList()),
                            String.join("\n", u.attachments().stream().map(f -> f.fileName()).toList()),
                            u.internalOnly() ? "Internal only" : "Public");
                }
                for (MilestoneView m : a.milestones()) {
                    w.row(milestones, false, a.ref(), m.description(),
                            m.deadline().words() != null ? m.deadline().words() : ReportText.day(m.deadline().date()),
                            ReportText.day(m.doneDate()), m.overdue() ? "Yes" : "No");
                }
            }
            Sheet later = wb.createSheet("Measures and comments");
            w.row(later, false, "Measures will appear here.");
            w.row(later, false, "Comments will appear here.");
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Writes rows of text cells, every one neutralised. */
    static final class Writer {
        private final CellStyle bold;

        Writer(XSSFWorkbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
        }

        Row row(Sheet sheet, boolean header, @Nullable String... cells) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
            for (int i = 0; i < cells.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(CellSafety.neutralise(cells[i]));
                if (header) {
                    cell.setCellStyle(bold);
                }
            }
            return row;
        }
    }
}

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
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * PDF exports with real text and headings. The HTML is built with jsoup's element API, so every
 * piece of user text is set as text (escaped), never spliced into markup. With a TrueType font on
 * the machine the PDF is tagged (PDF/UA); without one it falls back to the standard fonts.
 */
final class ReportPdf {

    private static final String[] FONT_DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"};
    private static final String CSS = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'Report Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; color: #0b0c0c; }
            h1 { font-size: 20pt; margin: 0 0 4pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt 0; border-bottom: 1pt solid #b1b4b6; }
            h3 { font-size: 12pt; margin: 10pt 0 4pt 0; }
            table { width: 100%; border-collapse: collapse; margin: 4pt 0; -fs-table-paginate: paginate; }
            th.ref { width: 9%; } th.status { width: 13%; } th.change { width: 19%; }
            td.ref { white-space: nowrap; }
            th.label { width: 24%; }
            th, td { border: 0.5pt solid #b1b4b6; padding: 3pt; text-align: left; vertical-align: top; }
            th { background: #f3f2f1; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            .changed { font-weight: bold; }
            p.meta { color: #505a5f; }
            p.headline { font-size: 12pt; font-weight: bold; }
            p.latest { margin: 2pt 0 0 0; font-size: 9.5pt; color: #383f43; }
            p.by { font-weight: bold; margin: 0 0 2pt 0; }
            td p { margin: 0 0 3pt 0; }
            ul.plain { margin: 0; padding-left: 12pt; }
            th.date { width: 22%; }
            tr, caption { page-break-inside: avoid; }
            h2, h3 { page-break-after: avoid; }
            """;

    private ReportPdf() {}

    static byte[] highlight(HighlightReport r) {
        Document doc = page(r.planTitle() + ": highlight report, " + r.period().name());
        Element body = doc.body();
        body.appendElement("h1").text("Highlight report: " + r.period().name());
        body.appendElement("p").addClass("meta").text(r.planTitle() + ". Period " + ReportText.day(r.period().startDate())
                + " to " + ReportText.day(r.period().endDate())
                + (r.period().boardDate() == null ? "" : ". Board " + ReportText.day(r.period().boardDate()))
                + (r.frozen() ? ". Closed: figures frozen." : ". Open: figures are live."));
        section(body, "Feedback from the monitoring visit", r.narrative().feedback());
        body.appendElement("h2").text("Summary position: what is working well");
        body.appendElement("p").addClass("headline").text(ReportText.completed(r));
        String previousName = r.previous() == null ? null : r.previous().name();
        Element list = body.appendElement("ul");
        for (StatusTally t : r.tallies()) {
            list.appendElement("li").text(ReportText.tally(t, previousName));
        }
        paragraphs(body, r.narrative().workingWell());
        section(body, "Summary position: challenges and mitigation", r.narrative().challenges());
        body.appendElement("h2").text("Actions by priority");
        for (PriorityBlock b : r.priorities()) {
            body.appendElement("h3").text("Priority " + b.number() + ": " + b.title());
            Element table = body.appendElement("table");
            table.appendElement("caption").text("Actions of priority " + b.number() + " with their status");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("scope", "col").addClass("ref").text("Ref");
            head.appendElement("th").attr("scope", "col").text("Action");
            head.appendElement("th").attr("scope", "col").addClass("status").text("Status");
            head.appendElement("th").attr("scope", "col").addClass("change").text("Since last period");
            Element tbody = table.appendElement("tbody");
            for (ActionChange c : b.actions()) {
                Element tr = tbody.appendElement("tr");
                tr.appendElement("td").addClass("ref").text(ReportText.orEmpty(c.now().ref()));
                Element action = tr.appendElement("td");
                action.appendElement("span").text(c.now().title());
                ReportViews.LatestUpdate latest = r.latestUpdates().get(c.now().actionId());
                if (latest != null) {
                    action.appendElement("p").addClass("latest")
                            .text("Latest update, " + ReportText.day(latest.date()) + ": " + ReportText.oneLine(latest.text()));
                }
                tr.appendElement("td").text(ReportText.status(c.now().status()));
                Element change = tr.appendElement("td").text(change(c, r.previous() != null));
                if (c.changed()) {
                    change.addClass("changed");
                }
            }
        }
        body.appendElement("h2").text("Overdue milestones");
        if (r.overdue().isEmpty()) {
            body.appendElement("p").text("No milestone is overdue.");
        } else {
            Element table = body.appendElement("table");
            table.appendElement("caption").text("Milestones past their deadline and not done");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String h : List.of("Action", "Milestone", "Deadline")) {
                head.appendElement("th").attr("scope", "col").text(h);
            }
            Element tbody = table.appendElement("tbody");
            for (OverdueMilestone m : r.overdue()) {
                Element tr = tbody.appendElement("tr");
                tr.appendElement("td").text(ReportText.orEmpty(m.actionRef()) + " " + m.actionTitle());
                tr.appendElement("td").text(m.description());
                tr.appendElement("td").text(m.deadlineWords() != null ? m.deadlineWords() : ReportText.day(m.deadlineDate()));
            }
        }
        body.appendElement("h2").text("Measures");
        body.appendElement("p").text("Measures will appear here.");
        section(body, "Next steps and recommendations", r.narrative().nextSteps());
        return render(doc);
    }

    static String change(ActionChange c, boolean hasPrevious) {
        if (!hasPrevious) {
            return "";
        }
        if (c.newSinceLastPeriod()) {
            return "New";
        }
        return c.changed() ? ReportText.status(c.before()) + " → " + ReportText.status(c.now().status()) : "No change";
    }

    static byte[] evidence(EvidencePack pack) {
        var p = pack.priority();
        Document doc = page(pack.planTitle() + ": evidence pack, priority " + p.number());
        Element body = doc.body();
        body.appendElement("h1").text("Evidence pack: priority " + p.number());
        body.appendElement("p").addClass("meta").text(pack.planTitle() + ". " + p.title());
        body.appendElement("h2").text("Outcomes");
        Element outcomes = body.appendElement("ul");
        for (OutcomeView o : p.outcomes()) {
            outcomes.appendElement("li").text((o.ref() == null ? "" : o.ref() + " ") + o.text());
        }
        body.appendElement("h2").text("Actions");
        for (ActionSnapshot a : p.actions()) {
            body.appendElement("h3").text((a.ref() == null ? "" : a.ref() + " ") + a.title());
            Element dl = body.appendElement("table");
            row(dl, "Status", ReportText.status(ReportViews.FrozenStatus.of(a.status()))
                    + (a.statusDate() == null ? "" : " since " + ReportText.day(a.statusDate())));
            row(dl, "Lead organisation", a.leadOrganisation());
            row(dl, "Due", a.end().words() != null ? a.end().words() : ReportText.day(a.end().date()));
            row(dl, "Measure of success", a.measureOfSuccess());
            row(dl, "Evidence", a.evidence());
            List<String> history = pack.statusHistory().getOrDefault(a.id(), List.of());
            if (history.isEmpty()) {
                row(dl, "Status history", "No status change recorded in Tandem.");
            } else {
                Element tr = dl.appendElement("tr");
                tr.appendElement("th").attr("scope", "row").addClass("label").text("Status history");
                Element ul = tr.appendElement("td").appendElement("ul").addClass("plain");
                history.forEach(h -> ul.appendElement("li").text(h));
            }
            if (!a.milestones().isEmpty()) {
                Element table = body.appendElement("table");
                table.appendElement("caption").text("Milestones");
                Element head = table.appendElement("thead").appendElement("tr");
                for (String h : List.of("Milestone", "Deadline", "Done", "Overdue")) {
                    head.appendElement("th").attr("scope", "col").text(h);
                }
                Element tbody = table.appendElement("tbody");
                for (MilestoneView m : a.milestones()) {
                    Element tr = tbody.appendElement("tr");
                    tr.appendElement("td").text(m.description());
                    tr.appendElement("td").text(m.deadline().words() != null ? m.deadline().words()
                            : ReportText.day(m.deadline().date()));
                    tr.appendElement("td").text(ReportText.day(m.doneDate()));
                    tr.appendElement("td").text(m.overdue() ? "Yes" : "No");
                }
            }
            List<UpdateView> updates = pack.updates().getOrDefault(a.id(), List.of());
            if (updates.isEmpty()) {
                body.appendElement("p").text("No progress updates yet.");
            } else {
                Element table = body.appendElement("table");
                table.appendElement("caption").text("Progress updates, oldest first");
                Element head = table.appendElement("thead").appendElement("tr");
                head.appendElement("th").attr("scope", "col").addClass("date").text("Date");
                head.appendElement("th").attr("scope", "col").text("What happened");
                Element tbody = table.appendElement("tbody");
                for (UpdateView u : updates) {
                    Element tr = tbody.appendElement("tr");
                    tr.appendElement("td").text(ReportText.day(u.date()));
                    Element what = tr.appendElement("td");
                    what.appendElement("p").addClass("by").text(u.authorName()
                            + (u.internalOnly() ? " (internal only)" : "")
                            + (u.statusChanged() ? ". Status: " + ReportText.statusWords(u.fromLabel()) + " → "
                                    + ReportText.statusWords(u.toLabel()) : ""));
                    paragraphs(what, u.narrative());
                    if (!u.milestonesDone().isEmpty()) {
                        what.appendElement("p").text("Milestones done: " + String.join("; ", u.milestonesDone()));
                    }
                    for (var link : u.evidence()) {
                        what.appendElement("p").text("Evidence: " + (link.title() == null ? link.url()
                                : link.title() + " (" + link.url() + ")"));
                    }
                    for (var file : u.attachments()) {
                        what.appendElement("p").text("File: " + file.fileName());
                    }
                }
            }
        }
        body.appendElement("h2").text("Measures");
        body.appendElement("p").text("Measures will appear here.");
        body.appendElement("h2").text("Comments from families");
        body.appendElement("p").text("Comments will appear here.");
        return render(doc);
    }

    private static void row(Element table, String label, @Nullable String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").attr("scope", "row").addClass("label").text(label);
        tr.appendElement("td").text(ReportText.orEmpty(value));
    }

    private static void section(Element body, String heading, @Nullable String text) {
        body.appendElement("h2").text(heading);
        if (text == null) {
            body.appendElement("p").text("Nothing written yet.");
        } else {
            paragraphs(body, text);
        }
    }

    private static void paragraphs(Element body, @Nullable String text) {
        if (text == null) {
            return;
        }
        for (String para : text.split("\\R+")) {
            if (!para.isBlank()) {
                body.appendElement("p").text(para.strip());
            }
        }
    }

    private static Document page(String title) {
        Document doc = Jsoup.parse("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/></head><body></body></html>");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("meta").attr("name", "subject").attr("content", title);
        doc.head().appendElement("style").appendText(CSS);
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        return doc;
    }

    private static byte[] render(Document doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            File regular = font("DejaVuSans.ttf", "LiberationSans-Regular.ttf");
            File bold = font("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf");
            if (regular != null) {
                builder.useFont(regular, "Report Sans", 400, FontStyle.NORMAL, true);
                if (bold != null) {
                    builder.useFont(bold, "Report Sans", 700, FontStyle.NORMAL, true);
                }
                builder.usePdfUaAccessibility(true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
            builder.withProducer("Tandem");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable File font(String... names) {
        for (String dir : FONT_DIRS) {
            for (String name : names) {
                File f = new File(dir, name);
                if (f.isFile()) {
                    return f;
                }
            }
        }
        return null;
    }
}

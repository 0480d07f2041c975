package app.tandem.report.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.ui.SvgChart;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews;
import app.tandem.report.ReportViews.ActionChange;
import app.tandem.report.ReportViews.Export;
import app.tandem.report.ReportViews.ExportFormat;
import app.tandem.report.ReportViews.HighlightReport;
import app.tandem.report.ReportViews.LatestUpdate;
import app.tandem.report.ReportViews.Narrative;
import app.tandem.report.ReportViews.OverdueMilestone;
import app.tandem.report.ReportViews.PriorityBlock;
import app.tandem.report.ReportViews.StatusTally;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The board's highlight report for one period: status counts against the last closed period,
 * each priority's actions with what moved, overdue milestones, the narrative sections (editable
 * until the period closes), charts with their tables, and PDF/XLSX downloads.
 */
@Route("plans/:planId(\\d+)/report/:periodId(\\d+)")
@RolesAllowed({"ADMIN", "OFFICER", "VIEWER"})
@StyleSheet("styles/report.css")
class HighlightReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final app.tandem.plan.PlanService plans;
    private final CurrentUser currentUser;
    private String title = "";
    final TextArea feedback = new TextArea();
    final TextArea workingWell = new TextArea();
    final TextArea challenges = new TextArea();
    final TextArea nextSteps = new TextArea();
    final Button saveNarrative = new Button();
    private long version;

    /** Sections of other modules (the forum's disagreements...), after the overdue milestones. */
    private final org.springframework.beans.factory.ObjectProvider<app.tandem.report.HighlightReportSection> sections;

    HighlightReportView(ReportService reports, app.tandem.plan.PlanService plans, CurrentUser currentUser,
            org.springframework.beans.factory.ObjectProvider<app.tandem.report.HighlightReportSection> sections) {
        this.sections = sections;
        this.reports = reports;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("report-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow();
        long periodId = event.getRouteParameters().getLong("periodId").orElseThrow();
        HighlightReport r = reports.highlightReport(planId, periodId);
        title = getTranslation("report.title", r.period().name());
        removeAll();
        Anchor back = new Anchor("plans/" + planId + "/periods", getTranslation("report.backToPeriods"));
        back.addClassName("no-print");
        add(back, new H1(title));
        add(new Paragraph(getTranslation("report.meta", r.planTitle(), PeriodsView.DAY.format(r.period().startDate()),
                PeriodsView.DAY.format(r.period().endDate()))));
        add(new Paragraph(getTranslation(r.frozen() ? "report.frozen" : "report.live")));
        add(downloads(planId, periodId));
        add(summary(r), byPriority(r), actions(r), overdue(r));
        sections.stream().sorted(java.util.Comparator.comparingInt(app.tandem.report.HighlightReportSection::order))
                .forEach(section -> add(section.create(planId, periodId)));
        boolean editable = !r.frozen() && currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        add(narrative(r.period().id(), r.narrative(), editable));
        // The measures (KPI) table is a HighlightReportSection of the measure module now.
        add(evidencePacks(planId));
    }

    /** One pack per priority for a monitoring visit, each as PDF and spreadsheet. */
    private Component evidencePacks(long planId) {
        Div section = new Div();
        section.addClassName("report-section");
        section.addClassName("no-print");
        section.setId("evidence-packs");
        section.add(new H2(getTranslation("report.evidence")), new Paragraph(getTranslation("report.evidence.intro")));
        UnorderedList list = new UnorderedList();
        for (var p : plans.getPlan(planId).priorities()) {
            long priorityId = p.id();
            list.add(new ListItem(new Span(getTranslation("report.priorityShort", p.number()) + ": "),
                    download(getTranslation("report.evidence.pdf", p.number()),
                            () -> reports.exportEvidencePack(planId, priorityId, ExportFormat.PDF)),
                    new Span(" · "),
                    download(getTranslation("report.evidence.xlsx", p.number()),
                            () -> reports.exportEvidencePack(planId, priorityId, ExportFormat.XLSX))));
        }
        section.add(list);
        return section;
    }

    private Component downloads(long planId, long periodId) {
        FlexLayout row = new FlexLayout(download(getTranslation("report.download.pdf"),
                () -> reports.exportReport(planId, periodId, ExportFormat.PDF)),
                download(getTranslation("report.download.xlsx"), () -> reports.exportReport(planId, periodId, ExportFormat.XLSX)));
        row.addClassName("downloads");
        row.addClassName("no-print");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return row;
    }

    /** A link whose file is built, and authorised, only when someone follows it (AC-6). */
    static Anchor download(String text, java.util.function.Supplier<Export> export) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            Export e = export.get();
            return new DownloadResponse(new ByteArrayInputStream(e.bytes()), e.fileName(), e.contentType(), e.bytes().length);
        }), text);
        a.addClassName("download");
        return a;
    }

    private Component summary(HighlightReport r) {
        Div section = new Div();
        section.addClassName("report-section");
        section.add(new H2(getTranslation("report.summary")));
        String previous = r.previous() == null ? null : r.previous().name();
        Long completeBefore = ReportViews.completeBefore(r);
        Paragraph headline = new Paragraph(previous == null || completeBefore == null
                ? getTranslation("report.completed", ReportViews.completeNow(r), r.total())
                : getTranslation("report.completedWithPrevious", ReportViews.completeNow(r), completeBefore, previous, r.total()));
        headline.addClassName("headline");
        section.add(headline);
        section.add(new Paragraph(previous == null ? getTranslation("report.noPrevious")
                : getTranslation("report.comparedWith", previous)));
        UnorderedList counts = new UnorderedList();
        counts.addClassName("tallies");
        for (StatusTally t : r.tallies()) {
            String label = words(t);
            counts.add(new ListItem(previous == null || t.previous() == null
                    ? getTranslation("report.tally", t.now(), label)
                    : getTranslation("report.tallyWithPrevious", t.now(), label, previous, t.previous())));
        }
        section.add(counts);
        List<String> categories = r.tallies().stream().map(this::words).toList();
        List<SvgChart.Series> series = new ArrayList<>();
        series.add(new SvgChart.Series(getTranslation("report.chart.thisPeriod"), "#1d70b8",
                r.tallies().stream().map(StatusTally::now).toList()));
        if (previous != null) {
            series.add(new SvgChart.Series(previous, "#b1b4b6",
                    r.tallies().stream().map(t -> t.previous() == null ? 0L : t.previous()).toList()));
        }
        String chartTitle = getTranslation("report.chart.counts");
        FlexLayout chartAndTable = new FlexLayout();
        chartAndTable.addClassName("chart-and-table");
        chartAndTable.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chartAndTable.add(SvgChart.image(SvgChart.barChart(chartTitle, getTranslation("report.status"),
                getTranslation("report.chart.actions"), categories, series, false, 560, 320),
                getTranslation("report.chart.alt", chartTitle)));
        NativeTable table = new NativeTable();
        table.setCaptionText(chartTitle);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("report.status"));
        head.addHeaderCell().setText(getTranslation("report.chart.thisPeriod"));
        if (previous != null) {
            head.addHeaderCell().setText(previous);
        }
        for (StatusTally t : r.tallies()) {
            NativeTableRow tr = table.getBody().addRow();
            var th = tr.addHeaderCell();
            th.setText(words(t));
            th.getElement().setAttribute("scope", "row");
            tr.addDataCell().setText(String.valueOf(t.now()));
            if (previous != null) {
                tr.addDataCell().setText(t.previous() == null ? "" : String.valueOf(t.previous()));
            }
        }
        NativeTableRow total = table.getBody().addRow();
        var th = total.addHeaderCell();
        th.setText(getTranslation("report.total"));
        th.getElement().setAttribute("scope", "row");
        total.addDataCell().setText(String.valueOf(r.total()));
        chartAndTable.add(table);
        section.add(chartAndTable);
        return section;
    }

    private Component byPriority(HighlightReport r) {
        Div section = new Div();
        section.addClassName("report-section");
        String chartTitle = getTranslation("report.chart.byPriority");
        section.add(new H2(chartTitle));
        List<String> categories = r.priorities().stream().map(b -> getTranslation("report.priorityShort", b.number())).toList();
        List<StatusTally> order = r.tallies();
        List<SvgChart.Series> series = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            series.add(new SvgChart.Series(words(order.get(i)),
                    order.get(i).status() == null ? "#505a5f" : order.get(i).status().colour(),
                    r.priorities().stream().map(b -> index < b.tallies().size() ? b.tallies().get(index).now() : 0L).toList()));
        }
        FlexLayout chartAndTable = new FlexLayout();
        chartAndTable.addClassName("chart-and-table");
        chartAndTable.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chartAndTable.add(SvgChart.image(SvgChart.barChart(chartTitle, getTranslation("report.priority"),
                getTranslation("report.chart.actions"), categories, series, true, 560, 320),
                getTranslation("report.chart.alt", chartTitle)));
        NativeTable table = new NativeTable();
        table.setCaptionText(chartTitle);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("report.priority"));
        order.forEach(t -> head.addHeaderCell().setText(words(t)));
        for (PriorityBlock b : r.priorities()) {
            NativeTableRow tr = table.getBody().addRow();
            var th = tr.addHeaderCell();
            th.setText(getTranslation("report.priorityShort", b.number()));
            th.getElement().setAttribute("scope", "row");
            for (int i = 0; i < order.size(); i++) {
                tr.addDataCell().setText(String.valueOf(i < b.tallies().size() ? b.tallies().get(i).now() : 0));
            }
        }
        chartAndTable.add(table);
        section.add(chartAndTable);
        return section;
    }

    private Component actions(HighlightReport r) {
        Div section = new Div();
        section.addClassName("report-section");
        section.add(new H2(getTranslation("report.actions")));
        for (PriorityBlock b : r.priorities()) {
            section.add(new H3(getTranslation("report.priorityHeading", b.number(), b.title())));
            NativeTable table = new NativeTable();
            table.addClassName("report-actions");
            table.setCaptionText(getTranslation("report.actions.caption", b.number()));
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText(getTranslation("report.ref"));
            head.addHeaderCell().setText(getTranslation("report.action"));
            head.addHeaderCell().setText(getTranslation("report.status"));
            head.addHeaderCell().setText(getTranslation("report.change"));
            for (ActionChange c : b.actions()) {
                NativeTableRow tr = table.getBody().addRow();
                tr.addDataCell().setText(c.now().ref() == null ? "" : c.now().ref());
                var actionCell = tr.addDataCell();
                actionCell.add(new Anchor("actions/" + c.now().actionId(), c.now().title()));
                LatestUpdate latest = r.latestUpdates().get(c.now().actionId());
                if (latest != null) {
                    Paragraph line = new Paragraph(getTranslation("report.latestUpdate",
                            PeriodsView.DAY.format(latest.date()), shortened(latest.text())));
                    line.addClassName("latest-update");
                    actionCell.add(line);
                }
                tr.addDataCell().add(new StatusBadge(c.now().status()));
                var change = tr.addDataCell();
                change.setText(changeWords(c, r.previous() != null));
                if (c.changed()) {
                    change.addClassName("changed");
                }
            }
            section.add(table);
        }
        return section;
    }

    /** One line of an update: at most 300 characters, whitespace folded. */
    static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 299).strip() + "…";
    }

    String changeWords(ActionChange c, boolean hasPrevious) {
        if (!hasPrevious) {
            return "";
        }
        if (c.newSinceLastPeriod()) {
            return getTranslation("report.change.new");
        }
        if (!c.changed()) {
            return getTranslation("report.change.none");
        }
        return getTranslation("report.change.moved", statusWords(c.before()), statusWords(c.now().status()));
    }

    private Component overdue(HighlightReport r) {
        Div section = new Div();
        section.addClassName("report-section");
        section.add(new H2(getTranslation("report.overdue")));
        if (r.overdue().isEmpty()) {
            section.add(new Paragraph(getTranslation("report.overdue.none")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("report.overdue.caption", r.overdue().size()));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("report.action"));
        head.addHeaderCell().setText(getTranslation("report.milestone"));
        head.addHeaderCell().setText(getTranslation("report.deadline"));
        for (OverdueMilestone m : r.overdue()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addDataCell().setText((m.actionRef() == null ? "" : m.actionRef() + " ") + m.actionTitle());
            tr.addDataCell().setText(m.description());
            tr.addDataCell().setText(m.deadlineWords() != null ? m.deadlineWords()
                    : m.deadlineDate() == null ? "" : PeriodsView.DAY.format(m.deadlineDate()));
        }
        section.add(table);
        return section;
    }

    private Component narrative(long periodId, Narrative n, boolean editable) {
        Div section = new Div();
        section.addClassName("report-section");
        version = n.version();
        Object[][] parts = {{feedback, "report.narrative.feedback", n.feedback()},
                {workingWell, "report.narrative.workingWell", n.workingWell()},
                {challenges, "report.narrative.challenges", n.challenges()},
                {nextSteps, "report.narrative.nextSteps", n.nextSteps()}};
        for (Object[] part : parts) {
            TextArea area = (TextArea) part[0];
            String heading = getTranslation((String) part[1]);
            String text = (String) part[2];
            section.add(new H2(heading));
            if (editable) {
                area.setLabel(heading);
                area.setMaxLength(8000);
                area.setWidthFull();
                area.setValue(text == null ? "" : text);
                section.add(area);
            } else {
                Paragraph p = new Paragraph(text == null ? getTranslation("report.narrative.empty") : text);
                p.addClassName("preserve-lines");
                section.add(p);
            }
        }
        if (editable) {
            saveNarrative.setText(getTranslation("report.narrative.save"));
            saveNarrative.addThemeVariants(ButtonVariant.PRIMARY);
            saveNarrative.addClassName("no-print");
            saveNarrative.addClickListener(e -> {
                try {
                    Narrative saved = reports.saveNarrative(periodId, new Narrative(version, feedback.getValue(),
                            workingWell.getValue(), challenges.getValue(), nextSteps.getValue()));
                    version = saved.version();
                    Notification.show(getTranslation("report.narrative.saved"));
                } catch (EditConflictException ex) {
                    Notification.show(getTranslation("report.conflict"));
                } catch (InvalidInputException ex) {
                    Notification.show(getTranslation(ex.fieldMessageKeys().values().iterator().next()));
                }
            });
            section.add(saveNarrative);
        }
        return section;
    }

    private String words(StatusTally t) {
        return statusWords(t.status());
    }

    private String statusWords(app.tandem.report.ReportViews.@Nullable FrozenStatus s) {
        return s == null ? getTranslation("report.notRated") : s.label();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}

package app.tandem.importer.ui;

import app.tandem.base.InvalidInputException;
import app.tandem.importer.ImportPreview;
import app.tandem.importer.ImportPreview.OrganisationProposal;
import app.tandem.importer.ImportProblem;
import app.tandem.importer.ImportRequest;
import app.tandem.importer.ImportService;
import app.tandem.importer.TandemField;
import app.tandem.importer.UnreadableFileException;
import app.tandem.importer.UploadedFile;
import app.tandem.plan.FuzzyDates;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The import wizard, one step under another on one page: choose a file, choose the sheet, check
 * what each column holds (a guess per column, which the person can change), check the rows with
 * every problem in words, agree to new organisations, import. Nothing is saved before the last step,
 * and the import is all or nothing.
 *
 * <p>Progress: there is no server push here, so a long import shows an indeterminate progress bar
 * in one round trip and does the work in the next (see {@link #importClicked()}). Reading happens
 * inside the upload request itself, during which the upload shows its own progress.
 */
@Route("admin/import")
@Menu(title = "menu.import", order = 20)
@RolesAllowed("ADMIN")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int LARGE_FILE_ROWS = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImportService importer;
    final Upload upload = new Upload();
    final Paragraph fileMessage = new Paragraph();
    final Select<String> sheetSelect = new Select<>();
    final TextField title = new TextField();
    final Select<PlanKind> kind = new Select<>();
    final FormLayout columns = new FormLayout();
    final List<ComboBox<TandemField>> mapping = new ArrayList<>();
    final Button check = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ActionDraft> actions = new Grid<>();
    final CheckboxGroup<OrganisationProposal> organisations = new CheckboxGroup<>();
    final Paragraph organisationsNone = new Paragraph();
    final Checkbox confirmSameTitle = new Checkbox();
    final Paragraph titleTakenMessage = new Paragraph();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressLabel = new Paragraph();
    final Div result = new Div();
    private final Div stepSheet = new Div();
    private final Div stepColumns = new Div();
    private final Div stepPreview = new Div();
    private final Div stepImport = new Div();

    private @Nullable UploadedFile file;
    private UploadedFile.@Nullable Sheet sheet;
    private @Nullable ImportPreview preview;

    ImportView(ImportService importer) {
        this.importer = importer;
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));

        long maxBytes = importer.maxUploadBytes();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".json", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json");
        upload.setUploadHandler(event -> {
            // Runs in the upload request: the service reads at most the size limit, then parses.
            String name = event.getFileName();
            UploadedFile read;
            UnreadableFileException error = null;
            try {
                read = importer.readFile(name, event.getInputStream());
            } catch (UnreadableFileException e) {
                read = null;
                error = e;
            }
            UploadedFile done = read;
            UnreadableFileException refused = error;
            // Words are looked up in the UI's own lock, with its locale.
            event.getUI().access(() -> fileRead(done,
                    refused == null ? null : getTranslation(refused.messageKey(), refused.arguments())));
        });
        upload.addFileRejectedListener(e -> showFileError(getTranslation("import.error.tooBig", maxBytes / (1024 * 1024))));
        fileMessage.getElement().setAttribute("role", "status");
        Paragraph uploadHelp = new Paragraph(getTranslation("import.upload.help", maxBytes / (1024 * 1024)));
        uploadHelp.setId("import-upload-help");
        upload.getElement().setAttribute("aria-describedby", "import-upload-help");
        add(new H2(getTranslation("import.step.upload")), uploadHelp, upload, fileMessage);

        sheetSelect.setLabel(getTranslation("import.sheet.label"));
        sheetSelect.addValueChangeListener(e -> {
            if (e.getValue() != null && file != null) {
                showSheet(file.sheet(e.getValue()));
            }
        });
        title.setLabel(getTranslation("import.planTitle.label"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        title.setWidthFull();
        kind.setLabel(getTranslation("import.planKind.label"));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("plan.kind." + k));
        kind.setValue(PlanKind.IMPROVEMENT_PLAN);
        stepSheet.add(new H2(getTranslation("import.step.sheet")), sheetSelect, title, kind);
        stepSheet.setVisible(false);
        add(stepSheet);

        columns.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        check.setText(getTranslation("import.preview.button"));
        check.addClickListener(e -> checkRows());
        stepColumns.add(new H2(getTranslation("import.step.columns")), new Paragraph(getTranslation("import.mapping.help")),
                columns, check);
        stepColumns.setVisible(false);
        add(stepColumns);

        summary.getElement().setAttribute("role", "status");
        problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("import.problems.row"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.problems.column")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation("import.severity." + p.severity()))
                .setHeader(getTranslation("import.problems.severity")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.key(), p.arguments().toArray())).setHeader(getTranslation("import.problems.what"))
                .setFlexGrow(3);
        problems.addColumn(p -> getTranslation(p.key() + ".expected", p.arguments().toArray()))
                .setHeader(getTranslation("import.problems.expected")).setFlexGrow(2);
        problems.setAriaLabel(getTranslation("import.step.preview"));
        problems.setAllRowsVisible(true);
        actions.addColumn(ActionDraft::title).setHeader(getTranslation("import.actions.action")).setFlexGrow(3);
        actions.addColumn(a -> a.leadOrganisation() == null ? "" : a.leadOrganisation())
                .setHeader(getTranslation("import.actions.lead")).setAutoWidth(true);
        actions.addColumn(a -> a.end() == null ? "" : a.end()).setHeader(getTranslation("import.actions.end"));
        actions.addColumn(a -> readDate(a.end())).setHeader(getTranslation("import.actions.endRead"));
        actions.addColumn(a -> a.risks() == null ? "0" : String.valueOf(a.risks().size()))
                .setHeader(getTranslation("import.actions.risks")).setAutoWidth(true).setFlexGrow(0);
        actions.setAriaLabel(getTranslation("import.actions.heading"));
        actions.setAllRowsVisible(true);
        stepPreview.add(new H2(getTranslation("import.step.preview")), summary, problems,
                new H2(getTranslation("import.actions.heading")), actions);
        stepPreview.setVisible(false);
        add(stepPreview);

        organisations.setLabel(getTranslation("import.step.organisations"));
        organisations.setHelperText(getTranslation("import.organisations.help"));
        organisations.setItemLabelGenerator(o -> getTranslation("import.organisations.item", o.name(),
                o.rows().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        organisationsNone.setText(getTranslation("import.organisations.none"));
        confirmSameTitle.setLabel(getTranslation("import.titleTaken.confirm"));
        titleTakenMessage.getElement().setAttribute("role", "alert");
        importButton.setText(getTranslation("import.import.button"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(e -> importClicked());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        progressLabel.setText(getTranslation("import.progress"));
        progressLabel.setVisible(false);
        result.getElement().setAttribute("role", "status");
        stepImport.add(new H2(getTranslation("import.step.import")), organisations, organisationsNone, titleTakenMessage,
                confirmSameTitle, importButton, progressLabel, progress);
        stepImport.setVisible(false);
        add(stepImport, result);
    }

    /** After the upload request: show the sheets, or say in words why the file was refused. */
    void fileRead(@Nullable UploadedFile read, @Nullable String error) {
        file = read;
        sheet = null;
        preview = null;
        result.removeAll();
        stepColumns.setVisible(false);
        stepPreview.setVisible(false);
        stepImport.setVisible(false);
        if (read == null) {
            showFileError(error == null ? getTranslation("import.error.unreadable") : error);
            stepSheet.setVisible(false);
            return;
        }
        fileMessage.removeClassName("error");
        stepSheet.setVisible(true);
        String base = read.fileName().replaceAll("\\.[A-Za-z]+$", "");
        if (read.plan() != null) {
            fileMessage.setText(getTranslation("import.json.read", read.plan().title()));
            sheetSelect.setVisible(false);
            title.setValue(read.plan().title());
            kind.setValue(read.plan().kind());
            checkRows();
            return;
        }
        fileMessage.setText(getTranslation("import.read", read.fileName(), read.sheets().size()));
        sheetSelect.setVisible(read.sheets().size() > 1);
        sheetSelect.setItems(read.sheets().stream().map(UploadedFile.Sheet::name).toList());
        UploadedFile.Sheet first = read.sheets().getFirst();
        title.setValue(first.title().isBlank() ? base : first.title().replaceAll("\\.$", ""));
        sheetSelect.setValue(first.name());
        showSheet(first);
    }

    private void showFileError(String message) {
        fileMessage.setText(message);
        fileMessage.addClassName("error");
        fileMessage.getElement().setAttribute("role", "alert");
    }

    private void showSheet(UploadedFile.Sheet chosen) {
        sheet = chosen;
        columns.removeAll();
        mapping.clear();
        List<TandemField> suggested = importer.suggestMapping(chosen);
        for (int c = 0; c < chosen.headers().size(); c++) {
            String heading = chosen.headers().get(c);
            ComboBox<TandemField> box = new ComboBox<>(getTranslation("import.column.heading", letter(c),
                    heading.isBlank() ? "—" : heading));
            box.setItems(TandemField.values());
            box.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
            box.setValue(suggested.get(c));
            box.setAllowCustomValue(false);
            int column = c;
            chosen.rows().stream().map(r -> r.cell(column)).filter(v -> !v.isBlank()).findFirst()
                    .ifPresent(v -> box.setHelperText(getTranslation("import.column.example",
                            v.length() > 60 ? v.substring(0, 60) + "…" : v)));
            mapping.add(box);
            columns.add(box);
        }
        stepColumns.setVisible(true);
        stepPreview.setVisible(false);
        stepImport.setVisible(false);
    }

    /** Builds the preview: counts, every problem in words, the actions, new organisations. */
    void checkRows() {
        result.removeAll();
        try {
            ImportPreview p = currentPreview(Set.of());
            preview = p;
            int errors = (int) p.problems().stream().filter(x -> x.severity() == ImportProblem.Severity.ERROR).count();
            var c = p.counts();
            summary.setText(getTranslation("import.preview.counts", c.rows(), c.priorities(), c.outcomes(), c.actions(),
                    c.milestones(), c.risks()) + " " + (p.problems().isEmpty() ? getTranslation("import.preview.noProblems")
                    : getTranslation("import.preview.problems", p.problems().size(), errors)));
            problems.setItems(p.problems());
            problems.setVisible(!p.problems().isEmpty());
            actions.setItems(allActions(p.draft()));
            organisations.setItems(p.newOrganisations());
            organisations.setValue(Set.copyOf(p.newOrganisations()));
            organisations.setVisible(!p.newOrganisations().isEmpty());
            organisationsNone.setVisible(p.newOrganisations().isEmpty());
            titleTakenMessage.setVisible(p.titleTaken());
            titleTakenMessage.setText(p.titleTaken() ? getTranslation("import.titleTaken", p.draft().title()) : "");
            confirmSameTitle.setVisible(p.titleTaken());
            confirmSameTitle.setValue(false);
            importButton.setEnabled(p.canImport());
            stepPreview.setVisible(true);
            stepImport.setVisible(true);
            if (!p.canImport()) {
                result.add(new Paragraph(getTranslation("import.cannotImport")));
            }
        } catch (ConstraintViolationException e) {
            title.setInvalid(true);
            title.setErrorMessage(e.getConstraintViolations().iterator().next().getMessage());
        } catch (InvalidInputException e) {
            result.add(new Paragraph(getTranslation(e.fieldMessageKeys().values().iterator().next())));
        }
    }

    /** Large files show the progress bar first and do the work in the next round trip. */
    void importClicked() {
        if (preview != null && preview.titleTaken() && !confirmSameTitle.getValue()) {
            confirmSameTitle.setInvalid(true);
            confirmSameTitle.setErrorMessage(getTranslation("import.titleTaken", preview.draft().title()));
            return;
        }
        if (sheet != null && sheet.rows().size() >= LARGE_FILE_ROWS) {
            importButton.setEnabled(false);
            progress.setVisible(true);
            progressLabel.setVisible(true);
            UI.getCurrent().getPage().executeJs("return 0;").then(ignored -> importNow());
        } else {
            importNow();
        }
    }

    void importNow() {
        progress.setVisible(false);
        progressLabel.setVisible(false);
        result.removeAll();
        UploadedFile f = file;
        if (f == null) {
            return;
        }
        Set<String> create = organisations.getValue().stream().map(OrganisationProposal::shortName).collect(Collectors.toSet());
        try {
            long planId;
            PlanDraft plan = f.plan();
            if (plan != null) {
                planId = importer.importJson(plan, title.getValue(), create, f.fileName());
            } else {
                planId = importer.importSheet(request(create));
            }
            int actionCount = preview == null ? 0 : preview.counts().actions();
            result.add(new Paragraph(getTranslation("import.imported", title.getValue().strip(), actionCount)),
                    new Anchor("plans/" + planId, getTranslation("import.imported.open")));
            importButton.setEnabled(false);
        } catch (InvalidInputException e) {
            result.add(new Paragraph(getTranslation("import.cannotImport")));
            importButton.setEnabled(true);
        } catch (RuntimeException e) {
            result.add(new Paragraph(getTranslation("import.failed", e.getMessage() == null ? "" : e.getMessage())));
            importButton.setEnabled(true);
        }
    }

    private ImportPreview currentPreview(Set<String> create) {
        UploadedFile f = file;
        if (f != null && f.plan() != null) {
            return importer.previewJson(f.plan(), title.getValue(), create);
        }
        return importer.preview(request(create));
    }

    private ImportRequest request(Set<String> create) {
        UploadedFile.Sheet s = java.util.Objects.requireNonNull(sheet);
        List<TandemField> fields = mapping.stream().map(b -> b.getValue() == null ? TandemField.IGNORE : b.getValue()).toList();
        return new ImportRequest(s, fields, title.getValue(), kind.getValue() == null ? PlanKind.IMPROVEMENT_PLAN
                : kind.getValue(), create, file == null ? "" : file.fileName());
    }

    private static List<ActionDraft> allActions(PlanDraft draft) {
        List<ActionDraft> all = new ArrayList<>();
        for (var p : draft.priorities()) {
            if (p.actions() != null) {
                all.addAll(p.actions());
            }
            if (p.outcomes() != null) {
                p.outcomes().forEach(o -> {
                    if (o.actions() != null) {
                        all.addAll(o.actions());
                    }
                });
            }
        }
        return all;
    }

    private static String readDate(@Nullable String words) {
        if (words == null) {
            return "";
        }
        FuzzyDates.Reading r = FuzzyDates.read(words, LocalDate.now());
        return r.hasDate() ? DAY.format(r.date()) : "";
    }

    private static String letter(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
            c = (c - 1) / 26;
        }
        return s.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.progress.ui;

import app.tandem.base.ui.ErrorSummary;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.InvalidInputException;
import app.tandem.language.LanguageService;
import app.tandem.language.ui.ReadabilityPanel;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.progress.AttachmentRules;
import app.tandem.progress.NewUpdate;
import app.tandem.progress.NewUpdate.EvidenceInput;
import app.tandem.progress.NewUpdate.NewAttachment;
import app.tandem.progress.ProgressService;
import app.tandem.progress.ProgressViews.UpdateView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Post a progress update on an action (GOV.UK pattern: problems listed at the top, each linking to
 * its field, and shown beside the field). The form's idempotency key is made when it opens, so a
 * double click or a resubmit posts once. Only those who may edit the action get here.
 */
@Route("actions/:actionId(\\d+)/update")
@RolesAllowed({"ADMIN", "OFFICER"})
class PostUpdateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final PlanService plans;
    private final Clock clock;

    final DatePicker date = new DatePicker();
    final TextArea narrative = new TextArea();
    final Select<StatusView> status = new Select<>();
    final CheckboxGroup<MilestoneView> milestones = new CheckboxGroup<>();
    final List<TextField[]> links = new ArrayList<>();
    final Div linkRows = new Div();
    final Div files = new Div();
    final ComboBox<UpdateView> corrects = new ComboBox<>();
    final Checkbox internalOnly = new Checkbox();
    final Button post = new Button();
    final ErrorSummary errorSummary = new ErrorSummary();
    /** Uploaded files by name, in the order they arrived. */
    final Map<String, NewAttachment> uploaded = new LinkedHashMap<>();

    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();
    private String idempotencyKey = UUID.randomUUID().toString();
    private long actionId;
    private String heading = "";

    /** Live readability of the narrative (language module). */
    private final ReadabilityPanel readability;

    PostUpdateView(ProgressService progress, PlanService plans, Clock clock, LanguageService language) {
        this.progress = progress;
        this.plans = plans;
        this.clock = clock;
        addClassName("edit-page");
        narrative.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        readability = new ReadabilityPanel(language).watch(narrative);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actionId = event.getRouteParameters().getLong("actionId").orElseThrow();
        ActionDetail a = plans.getAction(actionId);
        if (!a.canEdit()) {
            throw new AccessDeniedException("Not the lead of this action");
        }
        heading = getTranslation("progress.post.heading", (a.ref() == null ? "" : a.ref() + " ") + a.title());
        build(a);
    }

    private void build(ActionDetail a) {
        removeAll();
        idempotencyKey = UUID.randomUUID().toString();
        add(new Anchor("actions/" + a.id(), getTranslation("progress.post.back")));
        add(new H1(heading));
        errorSummary.setVisible(false);
        add(errorSummary);

        LocalDate today = LocalDate.now(clock);
        setup(date, "date", "progress.field.date");
        date.setValue(today);
        date.setMax(today);
        date.setRequiredIndicatorVisible(true);
        date.setHelperText(getTranslation("progress.field.date.help"));

        setup(narrative, "narrative", "progress.field.narrative");
        narrative.setRequiredIndicatorVisible(true);
        narrative.setWidthFull();
        narrative.setMinHeight("10em");
        narrative.setMaxLength(8000);
        narrative.setHelperText(getTranslation("progress.field.narrative.help"));

        setup(status, "statusId", "progress.field.status");
        status.setItems(a.scheme());
        status.setEmptySelectionAllowed(true);
        String current = a.status() == null ? getTranslation("status.notRated") : a.status().label();
        status.setEmptySelectionCaption(getTranslation("progress.field.status.keep", current));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("progress.field.status.keep", current)
                : s.label() + (s.description() == null ? "" : " – " + s.description()));
        add(date, narrative, readability, status);

        List<MilestoneView> open = a.milestones().stream().filter(m -> m.doneDate() == null).toList();
        if (!open.isEmpty()) {
            setup(milestones, "milestonesDone", "progress.field.milestones");
            milestones.setItems(open);
            milestones.setItemLabelGenerator(MilestoneView::description);
            milestones.setHelperText(getTranslation("progress.field.milestones.help"));
            add(milestones);
        }

        Div evidence = new Div(new H2(getTranslation("progress.field.evidence")),
                new Paragraph(getTranslation("progress.field.evidence.help")), linkRows);
        evidence.setId("field-evidence");
        fieldsByName.put("evidence", evidence);
        links.clear();
        linkRows.removeAll();
        addLinkRow();
        Button another = new Button(getTranslation("progress.field.evidence.another"), e -> addLinkRow());
        another.addThemeVariants(ButtonVariant.TERTIARY);
        evidence.add(another);
        add(evidence);

        add(fileSection());

        List<UpdateView> earlier = progress.updates(actionId);
        if (!earlier.isEmpty()) {
            setup(corrects, "correctsUpdateId", "progress.field.corrects");
            corrects.setItems(earlier);
            corrects.setItemLabelGenerator(u -> getTranslation("progress.timeline.heading", Words.day(u.date()),
                    u.authorName()));
            corrects.setClearButtonVisible(true);
            corrects.setHelperText(getTranslation("progress.field.corrects.help"));
            add(corrects);
        }

        internalOnly.setValue(false);
        internalOnly.setLabel(getTranslation("progress.field.internalOnly"));
        internalOnly.setHelperText(getTranslation("progress.field.internalOnly.help"));
        add(internalOnly);

        post.setText(getTranslation("progress.post.submit"));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setDisableOnClick(true);
        post.addClickListener(e -> submit());
        HorizontalLayout buttons = new HorizontalLayout(post, new Anchor("actions/" + a.id(), getTranslation("edit.cancel")));
        buttons.setAlignItems(Alignment.CENTER);
        add(buttons);
    }

    private Component fileSection() {
        Div section = new Div();
        section.setId("field-attachments");
        fieldsByName.put("attachments", section);
        H2 title = new H2(getTranslation("progress.field.files"));
        title.setId("files-title");
        Paragraph help = new Paragraph(getTranslation("progress.field.files.help"));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setMaxFiles(AttachmentRules.MAX_FILES);
        upload.setMaxFileSize(AttachmentRules.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg", ".txt", ".csv");
        upload.getElement().setAttribute("aria-labelledby", "files-title");
        upload.addFileRejectedListener(e -> fileProblem(e.getFileName(), e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            uploaded.remove(e.getFileName());
            showFiles();
        });
        section.add(title, help, upload, files);
        return section;
    }

    /** Checks a file as soon as it arrives, so a wrong one is named straight away; the service checks again. */
    void received(String fileName, byte[] bytes) {
        Optional<String> problem = AttachmentRules.problem(fileName, bytes);
        if (problem.isPresent()) {
            fileProblem(fileName, getTranslation(problem.get()));
            return;
        }
        uploaded.put(fileName, new NewAttachment(fileName, bytes));
        showFiles();
    }

    private void fileProblem(String fileName, String message) {
        showErrors(Map.of("attachments", getTranslation("progress.field.files.problem", fileName, message)));
    }

    private void showFiles() {
        files.removeAll();
        if (!uploaded.isEmpty()) {
            UnorderedList list = new UnorderedList();
            uploaded.values().forEach(f -> list.add(new ListItem(getTranslation("progress.timeline.file", f.fileName(),
                    Words.size(f.bytes().length)))));
            files.add(new Span(getTranslation("progress.field.files.ready")), list);
        }
    }

    void addLinkRow() {
        TextField url = new TextField(getTranslation("progress.field.evidence.url", links.size() + 1));
        url.setPlaceholder("https://");
        url.setWidthFull();
        TextField title = new TextField(getTranslation("progress.field.evidence.title", links.size() + 1));
        title.setWidthFull();
        links.add(new TextField[] {url, title});
        Div row = new Div(url, title);
        row.addClassName("evidence-row");
        linkRows.add(row);
    }

    private void setup(Component field, String name, String labelKey) {
        field.setId("field-" + name);
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        fieldsByName.put(name, field);
    }

    NewUpdate form() {
        List<EvidenceInput> evidence = links.stream().filter(l -> !l[0].getValue().isBlank())
                .map(l -> new EvidenceInput(l[0].getValue(), l[1].getValue())).toList();
        return new NewUpdate(idempotencyKey, date.getValue(), narrative.getValue(),
                status.getValue() == null ? null : status.getValue().id(), evidence, List.copyOf(uploaded.values()),
                milestones.getValue().stream().map(MilestoneView::id).collect(Collectors.toSet()),
                corrects.getValue() == null ? null : corrects.getValue().id(), internalOnly.getValue());
    }

    void submit() {
        clearErrors();
        try {
            progress.post(actionId, form());
            Notification n = Notification.show(getTranslation("progress.post.done"), 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("actions/" + actionId));
        } catch (ConstraintViolationException | InvalidInputException e) {
            showErrors(FieldErrors.of(e, this::getTranslation, PostUpdateView::field).orElseThrow());
        } finally {
            post.setEnabled(true);
        }
    }

    private void showErrors(Map<String, String> errors) {
        errorSummary.show(getTranslation("edit.errors.title"), errors, fieldsByName,
                field -> getTranslation("progress.field." + field + ".name"));
    }

    private void clearErrors() {
        errorSummary.clear(fieldsByName);
    }

    /** The form field a validation path points at: evidence[0].url belongs to the evidence links. */
    private static String field(String path) {
        for (String list : List.of("evidence", "attachments", "milestonesDone")) {
            if (path.contains(list)) {
                return list;
            }
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}

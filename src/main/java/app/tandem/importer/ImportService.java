package app.tandem.importer;

import app.tandem.access.AccessService;
import app.tandem.access.CurrentUser;
import app.tandem.access.NewOrganisation;
import app.tandem.access.OrganisationKind;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.importer.ImportAudit.What;
import app.tandem.importer.ImportPreview.Counts;
import app.tandem.importer.ImportPreview.OrganisationProposal;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.StatusScheme;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moving plans in and out, for admins: read an upload safely, suggest a column mapping, preview
 * what would be imported with every problem in words, import in one transaction (all or nothing),
 * export to XLSX and JSON. Every import and export leaves an audit row (AU-1).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ImportService {

    static final String JSON_FORMAT = "tandem-plan";

    private final PlanService plans;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final ImportAuditRepository audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportLimits limits;

    /** Tells the audit module (AU-1) about each import and export, beside this module's own record. */
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    ImportService(PlanService plans, AccessService access, CurrentUser currentUser, ImportAuditRepository audit,
            JsonMapper json, Clock clock, @Value("${tandem.importer.max-bytes:10485760}") long maxBytes,
            @Value("${tandem.importer.max-rows:20000}") int maxRows) {
        this.plans = plans;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        ImportLimits d = ImportLimits.DEFAULT;
        this.limits = new ImportLimits(maxBytes, maxRows, d.maxCellChars(), d.maxUnzippedBytes(), d.maxZipEntries());
    }

    /** The most an upload may weigh, for the upload component's own limit. */
    @PreAuthorize("hasRole('ADMIN')")
    public long maxUploadBytes() {
        return limits.maxBytes();
    }

    /**
     * Reads an upload: at most the size limit is read from the stream (one byte more and it is
     * refused before any parsing); CSV, XLSX or a Tandem JSON export.
     *
     * @throws UnreadableFileException with a message key saying what is wrong, in words
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UploadedFile readFile(String fileName, InputStream in) {
        SpreadsheetReader reader = new SpreadsheetReader(limits);
        byte[] bytes = reader.readLimited(in);
        UploadedFile file = reader.read(fileName, bytes);
        if (file.kind() == UploadedFile.Kind.JSON) {
            return new UploadedFile(fileName, UploadedFile.Kind.JSON, List.of(), readJson(reader.decode(bytes)));
        }
        return file;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<TandemField> suggestMapping(UploadedFile.Sheet sheet) {
        return TandemField.suggestAll(sheet.headers());
    }

    /** What importing would bring in; nothing is saved. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(@Valid ImportRequest request) {
        return assemble(request);
    }

    /** What importing a JSON export would bring in; nothing is saved. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview previewJson(@Valid PlanDraft plan, String title, Set<String> createOrganisations) {
        return resolveJson(plan, title, createOrganisations);
    }

    /**
     * Imports a sheet as a new plan in one transaction: the organisations the person agreed to
     * create, then the plan. Any error found in the preview refuses the whole import.
     *
     * @return the new plan's id
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long importSheet(@Valid ImportRequest request) {
        ImportPreview preview = assemble(request);
        refuseErrors(preview);
        long planId = create(preview);
        record(What.IMPORT_SPREADSHEET, planId, preview.draft().title(), request.fileName(), request.sheet().rows().size(),
                preview.counts().actions());
        return planId;
    }

    /** Imports a JSON export as a new plan with the given title, in one transaction. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long importJson(@Valid PlanDraft plan, String title, Set<String> createOrganisations, String fileName) {
        ImportPreview preview = resolveJson(plan, title, createOrganisations);
        refuseErrors(preview);
        long planId = create(preview);
        record(What.IMPORT_JSON, planId, preview.draft().title(), fileName, null, preview.counts().actions());
        return planId;
    }

    /** The whole plan as XLSX; rights are checked now, when the file is asked for (AC-6). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] exportXlsx(long planId) {
        PlanDraft draft = plans.exportDraft(planId);
        byte[] bytes = PlanWorkbook.write(draft);
        record(What.EXPORT_XLSX, planId, draft.title(), null, null, countActions(draft));
        return bytes;
    }

    /** The whole plan as JSON (the shape of {@link PlanDraft}), which {@link #importJson} restores. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] exportJson(long planId) {
        PlanDraft draft = plans.exportDraft(planId);
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new PlanFile(JSON_FORMAT, 1, draft));
        record(What.EXPORT_JSON, planId, draft.title(), null, null, countActions(draft));
        return bytes;
    }

    /** The latest imports and exports in the area, newest first, as lines of words for admins. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> recentActivity() {
        return audit.findTop50ByOrderByAtDesc().stream().map(a -> new AuditEntry(a.accountEmail, a.what.name(), a.planId,
                a.planTitle, a.fileName, a.rowCount, a.actionCount, a.at)).toList();
    }

    /** One import or export as admins read it. */
    public record AuditEntry(String who, String what, @Nullable Long planId, @Nullable String planTitle,
            @Nullable String fileName, @Nullable Integer rows, @Nullable Integer actions, java.time.Instant at) {}

    /** The JSON file: a marker, a version, and the plan. */
    record PlanFile(String format, int version, PlanDraft plan) {}

    // ---------------------------------------------------------------------------------------------

    private PlanDraft readJson(String text) {
        PlanFile file;
        try {
            file = json.readValue(text, PlanFile.class);
        } catch (JacksonException e) {
            throw new UnreadableFileException("import.error.json");
        }
        if (file == null || !JSON_FORMAT.equals(file.format()) || file.plan() == null) {
            throw new UnreadableFileException("import.error.jsonNotTandem");
        }
        return file.plan();
    }

    private ImportPreview assemble(ImportRequest request) {
        if (request.mapping().size() < request.sheet().headers().size()) {
            throw new InvalidInputException("mapping", "import.mapping.incomplete");
        }
        return new DraftAssembler(request.sheet(), request.mapping(), StatusScheme.brag(), access.organisations(),
                access.people(), request.createOrganisations())
                .assemble(request.title(), request.kind(), titleTaken(request.title()));
    }

    private boolean titleTaken(String title) {
        return plans.listPlans().stream().anyMatch(p -> p.title().strip().equalsIgnoreCase(title.strip()));
    }

    /**
     * A JSON plan made ready for this area: organisations it names that the area lacks are proposed
     * (and left out unless confirmed, their words kept in "Who"); unknown people are left out with a
     * warning. Nothing else changes, so an export imported again is the same plan.
     */
    private ImportPreview resolveJson(PlanDraft plan, String title, Set<String> create) {
        Map<String, OrganisationSummary> known = new LinkedHashMap<>();
        for (OrganisationSummary o : access.organisations()) {
            known.put(DraftAssembler.key(o.shortName()), o);
            known.put(DraftAssembler.key(o.name()), o);
        }
        Set<String> emails = access.people().stream().map(PersonSummary::email).filter(e -> e != null)
                .map(DraftAssembler::key).collect(Collectors.toSet());
        Set<String> confirmed = create.stream().map(DraftAssembler::key).collect(Collectors.toSet());
        Map<String, OrganisationProposal> proposals = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        int[] counts = new int[4];
        java.util.function.Function<@Nullable String, @Nullable String> org = name -> {
            if (name == null || known.containsKey(DraftAssembler.key(name))) {
                return name;
            }
            proposals.putIfAbsent(DraftAssembler.key(name), new OrganisationProposal(name, name, List.of()));
            return confirmed.contains(DraftAssembler.key(name)) ? name : null;
        };
        java.util.function.Function<@Nullable String, @Nullable String> person = email -> {
            if (email == null || emails.contains(DraftAssembler.key(email))) {
                return email;
            }
            problems.add(ImportProblem.of(0, "", ImportProblem.Severity.WARNING, "import.problem.personUnknown", email));
            return null;
        };
        List<PriorityDraft> priorities = new ArrayList<>();
        for (PriorityDraft p : plan.priorities()) {
            List<OutcomeDraft> outcomes = new ArrayList<>();
            for (OutcomeDraft o : nonNull(p.outcomes())) {
                counts[0]++;
                outcomes.add(new OutcomeDraft(o.ref(), o.text(), o.impact(),
                        nonNull(o.actions()).stream().map(a -> resolve(a, org, person, counts)).toList()));
            }
            priorities.add(new PriorityDraft(p.number(), p.title(), p.inspectorsWords(), p.inspectionQuestion(), p.kloe(),
                    p.theme(), p.strategyPriority(), p.specificAim(), p.sponsor(), p.deliveryPartners(), outcomes,
                    nonNull(p.actions()).stream().map(a -> resolve(a, org, person, counts)).toList()));
        }
        PlanDraft resolved = new PlanDraft(plan.kind(), title.strip(), plan.periodText(), plan.startDate(), plan.endDate(),
                plan.board(), plan.strategicLead(), person.apply(plan.leadOfficer()), plan.implementationDate(),
                plan.reviewDate(), plan.monitoringFrequency(), plan.monitoringIntervalDays(), plan.inspectionDates(),
                plan.inspectionReportPublished(), plan.aims(), plan.relevantStrategies(), plan.previousVersions(),
                plan.statusScheme(), priorities);
        if (title.isBlank()) {
            problems.add(ImportProblem.of(0, "", ImportProblem.Severity.ERROR, "import.problem.noTitle"));
        }
        return new ImportPreview(resolved, problems, List.copyOf(proposals.values()),
                new Counts(0, priorities.size(), counts[0], counts[1], counts[2], counts[3]), titleTaken(title));
    }

    private static ActionDraft resolve(ActionDraft a, java.util.function.Function<@Nullable String, @Nullable String> org,
            java.util.function.Function<@Nullable String, @Nullable String> person, int[] counts) {
        counts[1]++;
        counts[2] += nonNull(a.milestones()).size();
        counts[3] += nonNull(a.risks()).size();
        String lead = org.apply(a.leadOrganisation());
        List<String> partners = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String p : nonNull(a.coDependent())) {
            String found = org.apply(p);
            if (found == null) {
                dropped.add(p);
            } else {
                partners.add(found);
            }
        }
        String who = a.whoText();
        if (a.leadOrganisation() != null && lead == null) {
            who = join(who, "Lead organisation: " + a.leadOrganisation());
        }
        if (!dropped.isEmpty()) {
            who = join(who, "Co-dependent organisations: " + String.join("/", dropped));
        }
        List<String> officers = nonNull(a.leadOfficers()).stream().map(person).filter(e -> e != null).toList();
        List<RiskDraft> risks = nonNull(a.risks()).stream().map(r -> new RiskDraft(r.risk(), r.resultIn(), r.consequence(),
                r.likelihood(), r.mitigation(), r.revisedConsequence(), r.revisedLikelihood(), person.apply(r.owner())))
                .toList();
        return new ActionDraft(a.ref(), a.title(), a.objective(), a.inspectionFinding(), lead, partners, officers, who,
                a.seniorLead(), a.healthAction(), a.laAction(), a.resource(), a.start(), a.end(), a.detail(), a.monitoring(),
                a.measureOfSuccess(), a.evidence(), a.notes(), a.status(), a.statusDate(), a.milestones(), risks);
    }

    private static @Nullable String join(@Nullable String a, String b) {
        return a == null || a.isBlank() ? b : a + "\n" + b;
    }

    private void refuseErrors(ImportPreview preview) {
        if (!preview.canImport()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (ImportProblem p : preview.problems()) {
                if (p.severity() == ImportProblem.Severity.ERROR) {
                    errors.putIfAbsent("row " + p.row() + " " + p.column(), p.key());
                }
            }
            throw new InvalidInputException(errors);
        }
    }

    /** Creates the confirmed organisations the draft names, then the plan, in the caller's transaction. */
    private long create(ImportPreview preview) {
        Set<String> needed = new HashSet<>();
        for (PriorityDraft p : preview.draft().priorities()) {
            List<ActionDraft> all = new ArrayList<>(nonNull(p.actions()));
            nonNull(p.outcomes()).forEach(o -> all.addAll(nonNull(o.actions())));
            for (ActionDraft a : all) {
                if (a.leadOrganisation() != null) {
                    needed.add(a.leadOrganisation());
                }
                needed.addAll(nonNull(a.coDependent()));
            }
        }
        Set<String> known = new HashSet<>();
        access.organisations().forEach(o -> {
            known.add(DraftAssembler.key(o.shortName()));
            known.add(DraftAssembler.key(o.name()));
        });
        for (OrganisationProposal o : preview.newOrganisations()) {
            String k = DraftAssembler.key(o.shortName());
            if (needed.stream().anyMatch(n -> DraftAssembler.key(n).equals(k)) && known.add(k)) {
                access.addOrganisation(new NewOrganisation(o.name(), o.shortName(), OrganisationKind.OTHER));
            }
        }
        return plans.createPlan(preview.draft());
    }

    private void record(What what, @Nullable Long planId, @Nullable String title, @Nullable String fileName,
            @Nullable Integer rows, @Nullable Integer actions) {
        TandemUser user = currentUser.require();
        ImportAudit row = audit.save(new ImportAudit(user.accountId(), user.email(), what, planId, title, fileName, rows,
                actions, clock.instant()));
        events.publishEvent(new PlanFileMoved(user.areaId(), what.name().startsWith("IMPORT"), what.name(), planId,
                row.planTitle, row.fileName, rows));
    }

    private static int countActions(PlanDraft draft) {
        int n = 0;
        for (PriorityDraft p : draft.priorities()) {
            n += nonNull(p.actions()).size();
            for (OutcomeDraft o : nonNull(p.outcomes())) {
                n += nonNull(o.actions()).size();
            }
        }
        return n;
    }

    private static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

}

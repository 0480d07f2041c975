package app.tandem.progress;

import app.tandem.access.CurrentUser;
import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.MilestoneView;
import app.tandem.plan.PlanViews.PlanDetail;
import app.tandem.plan.PlanViews.PlanSummary;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.progress.NewUpdate.EvidenceInput;
import app.tandem.progress.NewUpdate.NewAttachment;
import app.tandem.progress.ProgressViews.ActionAttention;
import app.tandem.progress.ProgressViews.AttachmentFile;
import app.tandem.progress.ProgressViews.AttachmentView;
import app.tandem.progress.ProgressViews.LinkView;
import app.tandem.progress.ProgressViews.UpdateLine;
import app.tandem.progress.ProgressViews.UpdateView;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Progress updates on actions and the attention rules. Anyone signed in reads an area's updates and
 * downloads their files (checked on every download); an action's lead officer, its lead
 * organisation's officers and admins post them. Updates are never changed or deleted.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProgressService {

    private static final int ALL = 100_000;

    private final ProgressUpdateRepository updates;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final PlanService plans;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Attention attention;

    ProgressService(ProgressUpdateRepository updates, AttachmentRepository attachments,
            AttachmentContentRepository contents, PlanService plans, AccessService access, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.updates = updates;
        this.attachments = attachments;
        this.contents = contents;
        this.plans = plans;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.attention = new Attention(clock);
    }

    /**
     * Posts an update on an action the caller may edit, with its status change, evidence, files and
     * milestones done, all in one transaction. The same idempotency key twice gives the first update
     * back instead of a second one.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public UpdateView post(long actionId, @Valid NewUpdate in) {
        Optional<ProgressUpdate> already = updates.findByIdempotencyKey(in.idempotencyKey());
        if (already.isPresent()) {
            if (already.get().actionId != actionId) {
                throw new InvalidInputException("idempotencyKey", "progress.key.reused");
            }
            return view(already.get(), staffById());
        }
        ActionDetail action = plans.getAction(actionId);
        if (!action.canEdit()) {
            throw new AccessDeniedException("Only the action's lead officer, its lead organisation or an admin can post updates.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (in.date().isAfter(today)) {
            problems.put("date", "progress.date.future");
        }
        StatusView newStatus = null;
        if (in.statusId() != null) {
            newStatus = action.scheme().stream().filter(s -> s.id() == in.statusId()).findFirst().orElse(null);
            if (newStatus == null) {
                problems.put("statusId", "action.status.unknown");
            }
        }
        Map<Long, MilestoneView> open = action.milestones().stream().filter(m -> m.doneDate() == null)
                .collect(Collectors.toMap(MilestoneView::id, Function.identity()));
        if (!open.keySet().containsAll(in.milestonesDone())) {
            problems.put("milestonesDone", "milestone.notOpen");
        }
        List<EvidenceInput> links = new ArrayList<>();
        for (EvidenceInput e : in.evidence()) {
            String url = e.url().strip();
            if (!isWebAddress(url)) {
                problems.put("evidence", "progress.evidence.url.invalid");
            }
            links.add(new EvidenceInput(url, blankToNull(e.title())));
        }
        for (NewAttachment file : in.attachments()) {
            AttachmentRules.problem(file.fileName(), file.bytes()).ifPresent(key -> problems.putIfAbsent("attachments", key));
        }
        if (in.correctsUpdateId() != null && !updates.existsByIdAndActionId(in.correctsUpdateId(), actionId)) {
            problems.put("correctsUpdateId", "progress.corrects.unknown");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        TandemUser me = currentUser.require();
        ProgressUpdate update = new ProgressUpdate(actionId, action.planId(), me.accountId(), in.date(),
                in.narrative().strip(), in.correctsUpdateId(), in.idempotencyKey(), clock.instant());
        boolean statusChanges = newStatus != null && (action.status() == null || action.status().id() != newStatus.id());
        if (statusChanges) {
            update.statusChanged = true;
            update.fromLabel = action.status() == null ? null : action.status().label();
            update.toLabel = newStatus.label();
        }
        update.internalOnly = in.internalOnly();
        for (int i = 0; i < links.size(); i++) {
            update.links.add(new EvidenceLink(update, i, links.get(i).url(), links.get(i).title()));
        }
        for (Long milestoneId : new LinkedHashSet<>(in.milestonesDone())) {
            update.milestonesDone.add(new MilestoneDone(update, milestoneId, open.get(milestoneId).description()));
        }
        for (int i = 0; i < in.attachments().size(); i++) {
            NewAttachment file = in.attachments().get(i);
            String name = AttachmentRules.safeName(file.fileName());
            update.attachments.add(new Attachment(update, i, name, AttachmentRules.contentType(name), file.bytes().length));
        }
        updates.saveAndFlush(update);
        long updateId = Objects.requireNonNull(update.getId());
        for (int i = 0; i < in.attachments().size(); i++) {
            contents.save(new AttachmentContent(Objects.requireNonNull(update.attachments.get(i).getId()),
                    in.attachments().get(i).bytes()));
        }
        if (statusChanges) {
            plans.changeStatus(actionId, newStatus.id(), in.date(), updateId);
        }
        if (!in.milestonesDone().isEmpty()) {
            plans.markMilestonesDone(actionId, in.milestonesDone(), in.date());
        }
        events.publishEvent(new ProgressPosted(Objects.requireNonNull(update.getAreaId()), action.planId(), actionId,
                updateId, me.accountId()));
        return view(update, staffById());
    }

    /** An action's updates, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<UpdateView> updates(long actionId) {
        Map<Long, PersonSummary> staff = staffById();
        return updates.findByActionIdOrderByDateDescIdDesc(actionId).stream().map(u -> view(u, staff)).toList();
    }

    /**
     * A file, for someone signed in to the area it belongs to. Checked on every download: another
     * area's file is "not found", exactly like one that never existed.
     */
    @PreAuthorize("isAuthenticated()")
    public AttachmentFile attachment(long attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("File"));
        // Reading the action checks the caller may read it (and its area, again).
        plans.getAction(a.update().actionId);
        AttachmentContent content = contents.findByAttachmentId(attachmentId)
                .orElseThrow(() -> new NotFoundException("File"));
        return new AttachmentFile(a.fileName, a.contentType, content.bytes);
    }

    /** Every action of a plan judged by the attention rules, in plan order. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionAttention> attention(long planId) {
        PlanDetail plan = plans.getPlan(planId);
        return judge(plan, plans.findActions(planId, ActionFilter.none(), 0, ALL));
    }

    /**
     * The actions the signed-in officer leads (as lead officer or through their organisation), in
     * every plan of the area: those needing attention first, then those with an update due, then
     * the rest, each group in plan order.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<ActionAttention> myActions() {
        TandemUser me = currentUser.require();
        List<ActionAttention> result = new ArrayList<>();
        for (PlanSummary summary : plans.listPlans()) {
            Map<Long, ActionRow> mine = new LinkedHashMap<>();
            plans.findActions(summary.id(), new ActionFilter(Set.of(), false, null, me.accountId(), null, false, null), 0, ALL)
                    .forEach(r -> mine.put(r.id(), r));
            if (me.organisationId() != null) {
                plans.findActions(summary.id(),
                                new ActionFilter(Set.of(), false, me.organisationId(), null, null, false, null), 0, ALL)
                        .forEach(r -> mine.putIfAbsent(r.id(), r));
            }
            if (!mine.isEmpty()) {
                result.addAll(judge(plans.getPlan(summary.id()), List.copyOf(mine.values())));
            }
        }
        // A stable sort keeps plan order within each group.
        return result.stream().sorted(Comparator.comparingInt(a -> a.verdict().urgency())).toList();
    }

    // --- Read API for the report module (highlight report lines, public plan page) ---------------

    /**
     * Each action's latest update in a plan dated on or before {@code onOrBefore} (any date when
     * null), internal ones included: for staff reading the highlight report.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, UpdateLine> latestLines(long planId, @Nullable LocalDate onOrBefore) {
        plans.getPlan(planId); // not found in another area
        Map<Long, UpdateLine> latest = new LinkedHashMap<>();
        for (ProgressUpdate u : updates.findByPlanIdOrderByDateDescIdDesc(planId)) {
            if (onOrBefore == null || !u.date.isAfter(onOrBefore)) {
                latest.putIfAbsent(u.actionId, line(u));
            }
        }
        return latest;
    }

    /**
     * A plan's public updates (everything not marked internal only), newest first. Open to
     * anonymous callers because it reads only in the area the caller's tenancy names (nothing
     * without one): the report module runs it inside {@code Tenancy.callAs} for a plan it knows is
     * published, as {@code PlanService.publicSnapshotOf}.
     */
    @PreAuthorize("permitAll()")
    public List<UpdateLine> publicLines(long planId) {
        return updates.findByPlanIdOrderByDateDescIdDesc(planId).stream().filter(u -> !u.internalOnly)
                .map(ProgressService::line).toList();
    }

    private static UpdateLine line(ProgressUpdate u) {
        return new UpdateLine(Objects.requireNonNull(u.getId()), u.actionId, u.date, u.narrative,
                u.statusChanged ? u.fromLabel : null, u.statusChanged ? u.toLabel : null, u.statusChanged, u.createdAt);
    }

    // ---------------------------------------------------------------------------------------------

    private List<ActionAttention> judge(PlanDetail plan, List<ActionRow> rows) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object[] r : updates.lastUpdateDates(plan.id())) {
            last.put((Long) r[0], (LocalDate) r[1]);
        }
        LocalDate planStart = plan.implementationDate() != null ? plan.implementationDate() : plan.startDate();
        return rows.stream().map(r -> new ActionAttention(r.id(), plan.id(), r.ref(), r.title(), r.status(),
                last.get(r.id()), attention.judge(new Attention.Facts(r.status() != null && r.status().complete(),
                        r.endDate(), r.overdueMilestones(), last.get(r.id()), planStart,
                        plan.monitoringIntervalDays()))))
                .toList();
    }

    private static UpdateView view(ProgressUpdate u, Map<Long, PersonSummary> staff) {
        PersonSummary author = staff.get(u.authorId);
        return new UpdateView(Objects.requireNonNull(u.getId()), u.actionId, u.date, u.authorId,
                author == null ? "Tandem" : author.displayName(), u.narrative, u.statusChanged, u.fromLabel, u.toLabel,
                u.correctsUpdateId, u.links.stream().map(l -> new LinkView(l.url, l.title)).toList(),
                u.attachments.stream().map(a -> new AttachmentView(Objects.requireNonNull(a.getId()), a.fileName,
                        a.contentType, a.sizeBytes)).toList(),
                u.milestonesDone.stream().map(m -> m.description).toList(), u.createdAt, u.internalOnly);
    }

    private Map<Long, PersonSummary> staffById() {
        return access.staff().stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** An absolute http or https address with a host; nothing else (no javascript:, data:, file:). */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

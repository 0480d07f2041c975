package app.tandem.feedback;

import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.feedback.FeedbackViews.AlertView;
import app.tandem.feedback.FeedbackViews.AuditView;
import app.tandem.feedback.FeedbackViews.MemberFlags;
import app.tandem.feedback.FeedbackViews.ModerationItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Moderation (quality bar PR-1) and safeguarding: the queue of held and reported comments, the
 * decisions (recorded for AU-1), alerts, and the feedback-side settings admins keep.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ModerationService {

    private final CommentRepository comments;
    private final SafeguardingAlertRepository alerts;
    private final AuditRepository audit;
    private final MemberRepository members;
    private final SettingRepository settings;
    private final BankHolidayRepository holidays;
    private final CommentRules rules;
    private final AccessService access;
    private final ApplicationEventPublisher events;

    ModerationService(CommentRepository comments, SafeguardingAlertRepository alerts, AuditRepository audit,
            MemberRepository members, SettingRepository settings, BankHolidayRepository holidays, CommentRules rules,
            AccessService access, ApplicationEventPublisher events) {
        this.comments = comments;
        this.alerts = alerts;
        this.audit = audit;
        this.members = members;
        this.settings = settings;
        this.holidays = holidays;
        this.rules = rules;
        this.access = access;
        this.events = events;
    }

    /** Held and reported comments, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ModerationItem> queue() {
        TandemUser me = rules.user();
        return comments.findByStateInOrderByPostedAtAsc(EnumSet.of(CommentState.HELD, CommentState.REPORTED)).stream()
                .filter(c -> !c.deleted)
                .map(c -> new ModerationItem(id(c.getId()), c.state, c.authorName, c.authorRole, c.body,
                        c.flags == null ? List.of() : Arrays.asList(c.flags.split(",")), c.reportCount, c.postedAt,
                        c.authorId == me.accountId(), c.actionId))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long queueSize() {
        return queue().size();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void approve(long commentId) {
        Comment c = moderatable(commentId);
        c.moderationReason = null;
        c.reportCount = 0;
        decide(c, ModerationDecision.APPROVED, null);
        rules.publish(c);
    }

    /** Publishes the comment with the moderator's words instead of the author's. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void redact(long commentId,
            @NotBlank(message = "{comment.body.required}") @Size(max = 2000, message = "{comment.body.tooLong}") String newBody,
            @NotBlank(message = "{moderation.reason.required}") @Size(max = 500) String reason) {
        Comment c = moderatable(commentId);
        c.body = newBody.strip();
        c.redacted = true;
        c.reportCount = 0;
        c.moderationReason = reason.strip();
        decide(c, ModerationDecision.REDACTED, reason.strip());
        rules.publish(c);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reject(long commentId,
            @NotBlank(message = "{moderation.reason.required}") @Size(max = 500) String reason) {
        Comment c = moderatable(commentId);
        c.state = CommentState.REJECTED;
        c.moderationReason = reason.strip();
        decide(c, ModerationDecision.REJECTED, reason.strip());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditView> auditTrail() {
        return audit.findTop200ByOrderByAtDesc().stream()
                .map(a -> new AuditView(a.actorName, a.what, a.commentId, a.reason, a.at)).toList();
    }

    /** Open alerts first. Admins and the safeguarding lead (an admin) see them. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AlertView> safeguardingAlerts() {
        Map<Long, Comment> byId = comments.findAllById(alerts.findAll().stream().map(a -> a.commentId).toList()).stream()
                .collect(Collectors.toMap(c -> id(c.getId()), Function.identity()));
        return alerts.findAllByOrderByClosedAtAscRaisedAtDesc().stream().map(a -> {
            Comment c = byId.get(a.commentId);
            return new AlertView(id(a.getId()), a.commentId, a.matched, c == null ? "" : FeedbackService.excerpt(c.body),
                    c == null ? "" : c.authorName, a.raisedAt, a.closedAt != null, a.closingNote);
        }).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void closeAlert(long alertId, @NotBlank(message = "{safeguarding.note.required}") @Size(max = 500) String note) {
        SafeguardingAlert a = alerts.findById(alertId).orElseThrow(() -> new NotFoundException("Alert"));
        TandemUser me = rules.user();
        a.closedAt = rules.now();
        a.closedBy = me.accountId();
        a.closingNote = note.strip();
        audit.saveAndFlush(new AuditEntry(me.accountId(), me.displayName(), "ALERT_CLOSED", a.commentId, note.strip(),
                rules.now()));
    }

    /** Everyone in the area with their feedback flags, for the admin settings page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<MemberFlags> memberFlags() {
        Map<Long, Member> flags = members.findAll().stream().collect(Collectors.toMap(m -> m.accountId, m -> m));
        return access.people().stream().filter(PersonSummary::enabled).map(p -> {
            Member m = flags.get(p.id());
            return new MemberFlags(p.id(), p.displayName(), p.role(), m != null && m.forumRepresentative,
                    m != null && m.safeguardingLead);
        }).toList();
    }

    /** Makes a forum member a representative (may post on behalf of the forum), or not. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setForumRepresentative(long accountId, boolean representative) {
        PersonSummary p = person(accountId);
        if (representative && p.role() != Role.FORUM_MEMBER) {
            throw new InvalidInputException("accountId", "member.representative.forumOnly");
        }
        Member m = member(accountId);
        m.forumRepresentative = representative;
        members.saveAndFlush(m);
    }

    /** The area's named safeguarding lead (an admin); alerts are sent to them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setSafeguardingLead(long accountId, boolean lead) {
        PersonSummary p = person(accountId);
        if (lead && p.role() != Role.ADMIN) {
            throw new InvalidInputException("accountId", "member.safeguarding.adminOnly");
        }
        Member m = member(accountId);
        m.safeguardingLead = lead;
        members.saveAndFlush(m);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setResponseWorkingDays(@Min(1) @Max(60) int days) {
        Setting s = settings.findFirstBy().orElseGet(() -> new Setting(days));
        s.responseWorkingDays = days;
        settings.saveAndFlush(s);
    }

    /** Adds an area bank holiday; once an area lists any, the built-in England and Wales list no longer applies. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addBankHoliday(LocalDate day, @NotBlank @Size(max = 100) String name) {
        if (holidays.findAll().stream().noneMatch(h -> h.holiday.equals(day))) {
            holidays.saveAndFlush(new BankHoliday(day, name.strip()));
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<LocalDate> bankHolidays() {
        return holidays.findAllByOrderByHolidayAsc().stream().map(h -> h.holiday).toList();
    }

    // ---------------------------------------------------------------------------------------------

    private Comment moderatable(long commentId) {
        Comment c = comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        if (c.authorId == rules.user().accountId()) {
            throw new AccessDeniedException("Moderators cannot moderate their own comments.");
        }
        if (c.state != CommentState.HELD && c.state != CommentState.REPORTED) {
            throw new InvalidInputException("commentId", "moderation.notWaiting");
        }
        return c;
    }

    private void decide(Comment c, ModerationDecision decision, @Nullable String reason) {
        TandemUser me = rules.user();
        c.moderatedBy = me.accountId();
        c.moderatedAt = rules.now();
        comments.saveAndFlush(c);
        audit.saveAndFlush(new AuditEntry(me.accountId(), me.displayName(), decision.name(), id(c.getId()), reason,
                rules.now()));
        events.publishEvent(new CommentModerated(me.areaId(), id(c.getId()), c.authorId, decision));
    }

    private PersonSummary person(long accountId) {
        return access.people().stream().filter(p -> p.id() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("Person"));
    }

    private Member member(long accountId) {
        return members.findByAccountId(accountId).orElseGet(() -> new Member(accountId));
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id);
    }
}

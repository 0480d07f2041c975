package app.tandem.feedback;

import app.tandem.base.PersonalDataContributor;
import app.tandem.base.RetentionRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Comments in a person's export and erasure, and the area's retention period for comments (PR-3).
 *
 * <p>Erasure: a published comment keeps its words (the plan's history, and the council's answer
 * to it, stay readable) but loses its author's name; words that were never published (held,
 * rejected, or deleted by the author) are removed. Reasons the person gave for reporting a comment
 * go, and so do their in-app notifications and forum flags. Answers they wrote as an officer say
 * "A former officer".
 *
 * <p>Retention: after the area's period a comment's words and its author's name are removed; the
 * row, its answer and its place in the thread stay, so counts and "you said, we did" still add up.
 */
@Component
class FeedbackPersonalData implements PersonalDataContributor, RetentionRule {

    static final String ERASED_BODY = "Removed when its author's account was erased.";
    static final String RETAINED_BODY = "Removed after the area's retention period.";
    static final String RETAINED_AUTHOR = "Name removed";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> comments = new ArrayList<>();
        for (Comment c : em.createQuery("select c from Comment c where c.authorId = :id order by c.postedAt", Comment.class)
                .setParameter("id", person.accountId()).getResultList()) {
            comments.add(List.of(field("Posted at", c.postedAt), field("Plan", c.planId),
                    field("On", c.targetKind + " " + c.targetId), field("State", c.deleted ? "DELETED" : c.state),
                    field("Shown with name", c.showName ? "yes" : "no"), field("Words", c.body),
                    field("Answer", c.responseBody == null ? "" : c.responseBody)));
        }
        List<List<PersonalDataSection.Field>> answers = new ArrayList<>();
        for (Comment c : em.createQuery("select c from Comment c where c.respondedBy = :id order by c.respondedAt",
                Comment.class).setParameter("id", person.accountId()).getResultList()) {
            answers.add(List.of(field("Answered at", c.respondedAt), field("Comment", c.getId()),
                    field("Answer", c.responseBody)));
        }
        List<List<PersonalDataSection.Field>> reports = new ArrayList<>();
        for (Report r : em.createQuery("select r from Report r where r.accountId = :id order by r.reportedAt",
                Report.class).setParameter("id", person.accountId()).getResultList()) {
            reports.add(List.of(field("Reported at", r.reportedAt), field("Comment", r.commentId),
                    field("Reason", r.reason)));
        }
        List<List<PersonalDataSection.Field>> flags = new ArrayList<>();
        for (Member m : em.createQuery("select m from Member m where m.accountId = :id", Member.class)
                .setParameter("id", person.accountId()).getResultList()) {
            flags.add(List.of(field("Forum representative", m.forumRepresentative ? "yes" : "no"),
                    field("Safeguarding lead", m.safeguardingLead ? "yes" : "no")));
        }
        long notifications = em.createQuery("select count(n) from Notification n where n.recipientId = :id", Long.class)
                .setParameter("id", person.accountId()).getSingleResult();
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(new PersonalDataSection("Comments", comments));
        if (!answers.isEmpty()) {
            sections.add(new PersonalDataSection("Answers to comments", answers));
        }
        sections.add(new PersonalDataSection("Comments reported", reports));
        if (!flags.isEmpty()) {
            sections.add(new PersonalDataSection("Feedback roles", flags));
        }
        sections.add(new PersonalDataSection("In-app notifications",
                List.of(List.of(field("Notifications held", notifications)))));
        return sections;
    }

    @Override
    public int erase(DataSubject person) {
        long id = person.accountId();
        int n = em.createQuery("update Comment c set c.body = :erased, c.version = c.version + 1 where c.authorId = :id "
                        + "and (c.state <> :published or c.deleted = true) and c.areaId = :area")
                .setParameter("erased", ERASED_BODY).setParameter("id", id).setParameter("area", person.areaId())
                .setParameter("published", CommentState.PUBLISHED).executeUpdate();
        n += em.createQuery("update Comment c set c.authorName = :former, c.showName = false, c.version = c.version + 1 "
                        + "where c.authorId = :id and c.areaId = :area")
                .setParameter("former", person.formerLabel()).setParameter("id", id)
                .setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("update Comment c set c.respondedByName = :former where c.respondedBy = :id and c.areaId = :area")
                .setParameter("former", person.formerLabel()).setParameter("id", id)
                .setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("update Report r set r.reason = null where r.accountId = :id and r.areaId = :area")
                .setParameter("id", id).setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("update AuditEntry a set a.actorName = :former where a.actorId = :id and a.areaId = :area")
                .setParameter("former", person.formerLabel()).setParameter("id", id)
                .setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("delete from Notification x where x.recipientId = :id and x.areaId = :area")
                .setParameter("id", id).setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("delete from Member m where m.accountId = :id and m.areaId = :area")
                .setParameter("id", id).setParameter("area", person.areaId()).executeUpdate();
        return n;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.COMMENTS;
    }

    @Override
    public int applyBefore(long areaId, Instant cutoff) {
        int n = em.createQuery("update Comment c set c.body = :gone, c.authorName = :noName, c.showName = false, "
                        + "c.moderationReason = null, c.version = c.version + 1 "
                        + "where c.postedAt < :cutoff and c.body <> :gone and c.areaId = :area")
                .setParameter("area", areaId).setParameter("gone", RETAINED_BODY).setParameter("noName", RETAINED_AUTHOR)
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createQuery("update Report r set r.reason = null where r.reportedAt < :cutoff and r.reason is not null and r.areaId = :area")
                .setParameter("area", areaId).setParameter("cutoff", cutoff).executeUpdate();
        return n;
    }

    private static PersonalDataSection.Field field(String label, Object value) {
        return new PersonalDataSection.Field(label, value == null ? "" : String.valueOf(value));
    }
}

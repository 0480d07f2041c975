package app.tandem.plan;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns the plan page's filters into one query, so paging stays in the database. */
final class ActionSpecifications {

    private ActionSpecifications() {}

    static Specification<Action> matching(long planId, ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("plan").get("id"), planId));
            if (!filter.statusIds().isEmpty()) {
                Predicate inStatus = root.get("status").get("id").in(filter.statusIds());
                where.add(filter.includeNotRated() ? cb.or(inStatus, cb.isNull(root.get("status"))) : inStatus);
            } else if (filter.includeNotRated()) {
                where.add(cb.isNull(root.get("status")));
            }
            if (filter.leadOrganisationId() != null) {
                where.add(cb.equal(root.get("leadOrganisationId"), filter.leadOrganisationId()));
            }
            if (filter.leadOfficerId() != null) {
                where.add(cb.isMember(filter.leadOfficerId(), root.<java.util.Collection<Long>>get("leadOfficerIds")));
            }
            if (filter.priorityId() != null) {
                where.add(cb.equal(root.get("priority").get("id"), filter.priorityId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.<String>get("ref"), "")), like, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.<String>get("whoText"), "")), like, '\\')));
            }
            if (filter.needsAttention()) {
                Subquery<Long> overdue = query.subquery(Long.class);
                var m = overdue.from(Milestone.class);
                overdue.select(m.get("action").get("id")).where(
                        cb.equal(m.get("action").get("id"), root.get("id")),
                        cb.isNull(m.get("doneDate")),
                        cb.lessThan(m.get("deadline").get("date"), today));
                var status = root.join("status", jakarta.persistence.criteria.JoinType.LEFT);
                Predicate notComplete = cb.or(cb.isNull(status.get("id")), cb.isFalse(status.get("complete")));
                Predicate pastEnd = cb.lessThan(root.get("end").get("date"), today);
                where.add(cb.and(notComplete, cb.or(cb.exists(overdue), pastEnd)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

package app.tandem.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    Optional<Comment> findByAuthorIdAndIdempotencyKey(long authorId, String idempotencyKey);

    List<Comment> findByTargetKindAndTargetIdOrderByPostedAtAscIdAsc(TargetKind kind, long targetId);

    List<Comment> findByParentIdInOrderByPostedAtAscIdAsc(Collection<Long> parentIds);

    @Query("""
            select c from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.responseBody is null and c.actionId in :actionIds order by c.dueDate, c.id""")
    List<Comment> awaitingResponse(Collection<Long> actionIds);

    @Query("""
            select c from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.responseBody is null and c.actionId is not null order by c.dueDate, c.id""")
    List<Comment> allAwaitingResponse();

    @Query("""
            select c from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.responseBody is not null and c.planId = :planId order by c.respondedAt desc""")
    List<Comment> answeredInPlan(long planId);

    /**
     * The four dates response times need, for every published top-level comment on an action: a
     * projection, because loading 10,000 comments as entities made the board's home page slow.
     */
    @Query("""
            select new app.tandem.feedback.ResponseClock(c.actionId, c.publishedAt, c.respondedAt, c.dueDate)
            from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.actionId is not null and c.publishedAt is not null""")
    List<ResponseClock> publishedTopLevelOnActions();

    @Query("""
            select c.targetId, count(c) from Comment c where c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.targetKind = :kind and c.targetId in :targetIds group by c.targetId""")
    List<Object[]> countVisible(TargetKind kind, Collection<Long> targetIds);

    List<Comment> findByStateInOrderByPostedAtAsc(Collection<CommentState> states);

    List<Comment> findByAuthorIdOrderByPostedAtDesc(long authorId);

    long countByAuthorIdAndDueDateBefore(long authorId, LocalDate date);

    @Query("""
            select c from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.responseBody is not null and c.authorId = :authorId and c.respondedAt >= :since
            order by c.respondedAt desc, c.id desc""")
    List<Comment> answeredForAuthor(long authorId, java.time.Instant since, org.springframework.data.domain.Pageable page);

    @Query("""
            select c from Comment c where c.parentId is null and c.state = app.tandem.feedback.CommentState.PUBLISHED
            and c.deleted = false and c.responseBody is not null and c.planId = :planId and c.respondedAt >= :since
            and (:authorRole = '' or c.authorRole = :authorRole)
            order by c.respondedAt desc, c.id desc""")
    List<Comment> answeredInPlanSince(long planId, java.time.Instant since, String authorRole,
            org.springframework.data.domain.Pageable page);
}

interface SupportRepository extends JpaRepository<Support, Long> {
    Optional<Support> findByCommentIdAndAccountId(long commentId, long accountId);

    List<Support> findByCommentIdIn(Collection<Long> commentIds);
}

interface ReportRepository extends JpaRepository<Report, Long> {
    boolean existsByCommentIdAndAccountId(long commentId, long accountId);

    long countByCommentId(long commentId);
}

interface MemberRepository extends JpaRepository<Member, Long> {
    Optional<Member> findByAccountId(long accountId);

    List<Member> findBySafeguardingLeadTrue();
}

interface SettingRepository extends JpaRepository<Setting, Long> {
    Optional<Setting> findFirstBy();
}

interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {
    List<BankHoliday> findAllByOrderByHolidayAsc();
}

interface DiagnosisTermRepository extends JpaRepository<DiagnosisTerm, Long> {
    List<DiagnosisTerm> findAllByOrderByTermAsc();
}

interface SafeguardingAlertRepository extends JpaRepository<SafeguardingAlert, Long> {
    List<SafeguardingAlert> findAllByOrderByClosedAtAscRaisedAtDesc();

    long countByClosedAtIsNull();
}

interface AuditRepository extends JpaRepository<AuditEntry, Long> {
    List<AuditEntry> findByCommentIdOrderByAtAsc(long commentId);

    List<AuditEntry> findTop200ByOrderByAtDesc();
}

interface NotificationRepository extends JpaRepository<Notification, Long> {
    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findTop50ByRecipientIdOrderByCreatedAtDesc(long recipientId);

    List<Notification> findByRecipientIdAndReadAtIsNull(long recipientId);
}

interface ForumRatingRepository extends JpaRepository<ForumRating, Long> {

    Optional<ForumRating> findByActionIdAndPeriodId(long actionId, long periodId);

    List<ForumRating> findByActionIdOrderByRatedAtDesc(long actionId);

    List<ForumRating> findByPeriodId(long periodId);
}

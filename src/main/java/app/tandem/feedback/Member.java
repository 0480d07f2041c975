package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Feedback-side flags on an account: forum representative, the area's safeguarding lead. */
@Entity
@Table(name = "feedback_member")
class Member extends AreaScopedEntity {
    @Column(name = "account_id")
    long accountId;

    @Column(name = "forum_representative")
    boolean forumRepresentative;

    @Column(name = "safeguarding_lead")
    boolean safeguardingLead;

    protected Member() {}

    Member(long accountId) {
        this.accountId = accountId;
    }
}

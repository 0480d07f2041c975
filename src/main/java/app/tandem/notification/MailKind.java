package app.tandem.notification;

import app.tandem.access.Role;
import java.util.Set;

/** The kinds of mail a person can choose a frequency for, with who receives them and the default. */
public enum MailKind {
    /** A new comment on an action I lead. */
    NEW_COMMENT(Frequency.IMMEDIATELY, Set.of(Role.ADMIN, Role.OFFICER)),
    /** An official answer to my comment. */
    ANSWER(Frequency.IMMEDIATELY, Set.of(Role.ADMIN, Role.OFFICER, Role.FORUM_MEMBER, Role.YOUNG_PERSON)),
    /** A moderator's decision on my comment. */
    MODERATION(Frequency.IMMEDIATELY, Set.of(Role.ADMIN, Role.OFFICER, Role.FORUM_MEMBER, Role.YOUNG_PERSON)),
    /** Overdue milestones and updates due on actions I lead: a digest by nature. */
    ATTENTION(Frequency.DAILY, Set.of(Role.ADMIN, Role.OFFICER)),
    /** A safeguarding alert, for the area's safeguarding lead: always, at once. */
    SAFEGUARDING(Frequency.IMMEDIATELY, Set.of(Role.ADMIN)),
    /** The daily or weekly collection of items a person asked to get together. Follows each item's kind. */
    DIGEST(Frequency.IMMEDIATELY, Set.of());

    private final Frequency defaultFrequency;
    private final Set<Role> roles;

    MailKind(Frequency defaultFrequency, Set<Role> roles) {
        this.defaultFrequency = defaultFrequency;
        this.roles = roles;
    }

    public Frequency defaultFrequency() {
        return defaultFrequency;
    }

    /** Safeguarding alerts cannot be turned off or delayed. */
    public boolean choosable() {
        return this != SAFEGUARDING && this != DIGEST;
    }

    public boolean appliesTo(Role role) {
        return roles.contains(role);
    }

    /** A digest-only kind offers no "immediately". */
    public boolean offers(Frequency f) {
        return this != ATTENTION || f != Frequency.IMMEDIATELY;
    }
}

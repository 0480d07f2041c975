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
    /** A comment on an action I lead nearing (2 working days) or past its response date. */
    RESPONSE_DUE(Frequency.DAILY, Set.of(Role.ADMIN, Role.OFFICER)),
    /**
     * The weekly overdue milestones and awaiting answers per priority, for the sponsors: a priority
     * whose sponsor is linked to an account goes to them, the others to the area's admins.
     */
    SPONSOR(Frequency.WEEKLY, Set.of(Role.ADMIN, Role.OFFICER)),
    /** A monthly plain-English "what changed in the plan", for parents and young people who opt in. */
    PLAN_CHANGES(Frequency.OFF, Set.of(Role.FORUM_MEMBER, Role.YOUNG_PERSON)),
    /** A survey opened for people like me (a parents', young people's or practitioners' survey). */
    NEW_SURVEY(Frequency.IMMEDIATELY, Set.of(Role.ADMIN, Role.OFFICER, Role.FORUM_MEMBER, Role.YOUNG_PERSON)),
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
        return switch (this) {
            case PLAN_CHANGES -> f == Frequency.MONTHLY || f == Frequency.OFF;
            case SPONSOR -> f == Frequency.WEEKLY || f == Frequency.OFF;
            case ATTENTION -> f != Frequency.IMMEDIATELY && f != Frequency.MONTHLY;
            default -> f != Frequency.MONTHLY;
        };
    }
}

package app.tandem.access;

/** What a person may do. Each account has exactly one role in one local area. */
public enum Role {
    /** Plan lead or area admin: sets up plans, people, organisations; edits everything. */
    ADMIN,
    /** Council, NHS or school lead: keeps the actions they or their organisation lead. */
    OFFICER,
    /** Parent carer forum member: reads the plan, comments. */
    FORUM_MEMBER,
    /** Young person: takes surveys, reads what changed. */
    YOUNG_PERSON,
    /** Board member or observer: reads. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}

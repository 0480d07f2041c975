package app.tandem.access;

/** What an erased person is called from then on (PR-3), and how to tell an erased account. */
public final class FormerNames {

    private FormerNames() {}

    /** The words that replace an erased person's name, by their role. */
    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "A former administrator";
            case OFFICER -> "A former officer";
            case FORUM_MEMBER -> "A former forum member";
            case YOUNG_PERSON -> "A former young person";
            case VIEWER -> "A former board member";
        };
    }

    /** The placeholder address an erased account gets (unique, and never deliverable). */
    static String erasedEmail(long accountId) {
        return "erased-" + accountId + "@tandem.invalid";
    }

    /** True for an account that was erased. */
    public static boolean isErased(PersonSummary p) {
        return p.email() != null && p.email().equals(erasedEmail(p.id()));
    }
}

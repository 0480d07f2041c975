package app.tandem.access;

/** An organisation as other modules and views see it. */
public record OrganisationSummary(long id, String name, String shortName, OrganisationKind kind, boolean active) {

    /** "Northmere Council (NMC)", or just the name when the short name adds nothing. */
    public String label() {
        return shortName.equalsIgnoreCase(name) ? name : name + " (" + shortName + ")";
    }
}

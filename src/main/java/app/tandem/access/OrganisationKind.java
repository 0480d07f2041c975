package app.tandem.access;

public enum OrganisationKind {
    COUNCIL,
    NHS_COMMISSIONER,
    NHS_PROVIDER,
    PARENT_CARER_FORUM,
    SCHOOL_COLLEGE,
    VOLUNTARY_SECTOR,
    OTHER
}

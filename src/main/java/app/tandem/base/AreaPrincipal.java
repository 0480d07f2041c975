package app.tandem.base;

/** What tenancy needs to know about whoever is signed in: the one local area they belong to. */
public interface AreaPrincipal {
    long areaId();

    /** The name to greet the person by. */
    String displayName();
}

package app.tandem.demo;

/**
 * A demo area's people and plan were just loaded (on its first start). Published synchronously
 * while the area's system user is signed in, so listeners in this package can add their module's
 * demo data through that module's services.
 */
record DemoAreaLoaded(long areaId, String slug) {}

/**
 * Plumbing shared by every module and holding no business rules: the area-scoped entity base
 * class, tenancy (which local area's rows a session may touch), the main layout, error pages and
 * small UI helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.tandem.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

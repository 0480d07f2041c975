/**
 * Local areas (tenants), organisations, people and their roles; signing in and out; who is
 * signed in ({@link app.tandem.access.CurrentUser}). Its views let admins add and disable people
 * and organisations.
 */
@NullMarked
package app.tandem.access;

import org.jspecify.annotations.NullMarked;

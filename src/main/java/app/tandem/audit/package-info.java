/**
 * Who did what (quality bar AU-1) and how long things are kept (PR-3). Listens to the other
 * modules' events (account changes, moderation, exports, imports, erasures) and to Spring
 * Security's sign-in and denial events, and writes one append-only record for each; admins read
 * and export the records at {@code /admin/audit}. It also holds each area's retention periods and
 * the nightly job that applies them through every module's {@link app.tandem.base.RetentionRule}.
 * Nothing depends on this module.
 */
@NullMarked
package app.tandem.audit;

import org.jspecify.annotations.NullMarked;

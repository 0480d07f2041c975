package app.tandem.importer;

import org.jspecify.annotations.Nullable;

/**
 * A plan came in from a file or went out as one (AU-1), published beside the importer's own
 * {@code import_audit} row so the audit module records it without reading this module's tables.
 * Names and counts only, never a cell's content.
 */
public record PlanFileMoved(long areaId, boolean isImport, String what, @Nullable Long planId, @Nullable String planTitle,
        @Nullable String fileName, @Nullable Integer rows) {}

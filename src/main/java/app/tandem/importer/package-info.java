/**
 * Moving a plan in and out of Tandem: reading CSV and XLSX files safely, suggesting how their
 * columns map to plan fields, building a {@link app.tandem.plan.PlanDraft} with every problem named
 * in words, importing it in one transaction, and exporting a plan to XLSX and JSON.
 * {@link app.tandem.importer.ImportService} is the way in.
 */
@NullMarked
package app.tandem.importer;

import org.jspecify.annotations.NullMarked;

package app.tandem.base;

import java.util.List;

/**
 * A module that holds something about a person (quality bar PR-3). The access module's
 * personal-data service asks every contributor, so no module needs to know the others: a new
 * module with personal data (surveys, say) implements this and is part of every export and
 * erasure from then on.
 *
 * <p>Both methods run inside the caller's transaction, signed in as the admin who asked, with the
 * person's area as tenancy.
 */
public interface PersonalDataContributor {

    /** What this module holds about the person, as titled sections (none when it holds nothing). */
    List<PersonalDataSection> export(DataSubject person);

    /**
     * Removes the person's name and details from this module's rows while keeping the rows the
     * plan's history needs; returns how many rows changed (a count for the audit, never content).
     */
    int erase(DataSubject person);

    /** The person an export or erasure is about. {@code formerLabel} replaces their name after erasure. */
    record DataSubject(long areaId, long accountId, String displayName, String email, String formerLabel) {}

    /**
     * One titled part of an export: a list of items, each a list of labelled values, in order. Plain
     * strings only, so the JSON and the readable HTML file show exactly the same facts.
     */
    record PersonalDataSection(String title, List<List<Field>> items) {

        public record Field(String label, String value) {}
    }
}

package app.tandem.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan fields a column can be mapped to, with the headings plans actually use for each
 * (seeds 000-004). {@link #normalise} makes "Likely hood", "LIKELIHOOD:" and "likelihood" the same.
 */
public enum TandemField {
    IGNORE,
    PRIORITY_REF("no", "number", "priority number", "issue number", "area of weakness number", "workstream number"),
    PRIORITY("comment from send inspection", "issue", "area of weakness", "area for development", "weakness",
            "inspection finding", "what the inspectors said", "ofsted and cqc said", "priority", "area of focus"),
    KLOE("kloe", "key line of enquiry", "inspection question"),
    THEME("theme"),
    OUTCOME("objective", "outcome", "what we intend to achieve", "aim", "intended outcome"),
    REF("ref", "reference", "action ref", "action number", "action no"),
    ACTION("action", "actions", "what we will do", "action required", "action to be taken"),
    HEALTH_ACTION("action health", "health action", "health actions"),
    LA_ACTION("action la", "la action", "local authority action", "la actions"),
    LEAD_ORGANISATION("lead organisation", "lead agency", "lead partner", "lead service"),
    CO_DEPENDENT("codependent organisations", "codependent", "partners", "delivery partners", "supporting organisations",
            "partner organisations"),
    WHO("who", "lead officer", "lead officers", "lead", "responsible officer", "owner", "responsible"),
    START("start date", "start", "date started"),
    END("end date", "end", "timescale", "timescales", "deadline", "due date", "by when", "completion date",
            "target date", "date due"),
    DETAIL("detail of work stream", "detail", "details", "description", "detail of workstream"),
    MONITORING("monitoring", "how monitored", "how will this be monitored"),
    MEASURE("measure of success", "success measure", "measures of success", "how will we know", "measure and outcome"),
    EVIDENCE("evidence", "evidence of impact"),
    NOTES("notes", "comments", "progress", "update", "progress update"),
    STATUS("ragb", "brag", "brag status", "rag", "rag status", "status", "brag rating", "rag rating"),
    MILESTONE("key milestones", "milestone", "milestones", "key milestone"),
    MILESTONE_DEADLINE("milestone deadline", "milestone date"),
    RISK("there is a risk that", "risk", "risks", "risk description"),
    RESULT_IN("which would result in", "resulting in", "result"),
    CONSEQUENCE("consequence", "impact score"),
    LIKELIHOOD("likelihood", "probability"),
    SCORE("overall score", "score", "risk score"),
    MITIGATION("mitigation", "mitigating actions", "mitigations"),
    REVISED_CONSEQUENCE("revised consequence"),
    REVISED_LIKELIHOOD("revised likelihood"),
    REVISED_SCORE("revised score", "revised overall score", "revised risk score");

    private final List<String> headings;

    TandemField(String... headings) {
        this.headings = List.of(headings);
    }

    /** Lower case, accents and punctuation gone, "&" as "and", spelling variants joined up. */
    public static String normalise(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('&', ' ').replace("’", "'")
                .replaceAll("\\band\\b", " ")
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ").strip();
        s = s.replace("likely hood", "likelihood").replace("co dependent", "codependent")
                .replace("co dependant", "codependent").replace("organization", "organisation")
                .replace("work stream", "workstream").replace("time scale", "timescale");
        return s;
    }

    /** The field a heading most likely means, IGNORE when none. */
    public static TandemField suggest(String heading) {
        String h = normalise(heading);
        if (h.isEmpty()) {
            return IGNORE;
        }
        for (TandemField f : values()) {
            for (String known : f.headings) {
                if (normalise(known).equals(h)) {
                    return f;
                }
            }
        }
        // "Lead organisation(s) and partners", "End date (planned)": the longest known heading inside it.
        TandemField best = IGNORE;
        int bestLength = 0;
        for (TandemField f : values()) {
            for (String known : f.headings) {
                String k = normalise(known);
                if (k.length() > bestLength && k.length() >= 4 && (" " + h + " ").contains(" " + k + " ")) {
                    best = f;
                    bestLength = k.length();
                }
            }
        }
        return best;
    }

    /**
     * Suggestions for a whole header row: a second "Overall score" after the revised factors is the
     * revised score, and "Deadline" beside "Key milestones" is the milestone's deadline.
     */
    public static List<TandemField> suggestAll(List<String> headers) {
        List<TandemField> result = new ArrayList<>();
        boolean revisedSeen = false;
        boolean scoreSeen = false;
        for (String h : headers) {
            TandemField f = suggest(h);
            if (f == REVISED_CONSEQUENCE || f == REVISED_LIKELIHOOD) {
                revisedSeen = true;
            }
            if (f == SCORE && (scoreSeen || revisedSeen)) {
                f = REVISED_SCORE;
            }
            if (f == SCORE) {
                scoreSeen = true;
            }
            result.add(f);
        }
        if (result.contains(MILESTONE)) {
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i) == END && normalise(headers.get(i)).contains("deadline") && !result.contains(MILESTONE_DEADLINE)) {
                    result.set(i, MILESTONE_DEADLINE);
                }
            }
        }
        // Only one column per field (except IGNORE): later duplicates are left for the person to choose.
        List<TandemField> seen = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            TandemField f = result.get(i);
            if (f != IGNORE && seen.contains(f)) {
                result.set(i, IGNORE);
            }
            seen.add(f);
        }
        return result;
    }

    public String messageKey() {
        return "import.field." + name();
    }
}

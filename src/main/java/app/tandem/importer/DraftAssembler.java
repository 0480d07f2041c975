package app.tandem.importer;

import static app.tandem.importer.ImportProblem.Severity.ERROR;
import static app.tandem.importer.ImportProblem.Severity.NOTE;
import static app.tandem.importer.ImportProblem.Severity.WARNING;
import static app.tandem.importer.TandemField.*;

import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.importer.ImportPreview.Counts;
import app.tandem.importer.ImportPreview.OrganisationProposal;
import app.tandem.importer.UploadedFile.Row;
import app.tandem.importer.UploadedFile.Sheet;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.RiskScore;
import app.tandem.plan.StatusScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a sheet and its column mapping into a {@link PlanDraft}, naming every problem by row and
 * column. The hierarchy comes from a ref column (1 / 1.1 / 1.1a), a number column (seed 001's
 * "No."), or repeated parent text (seed 000 repeats the inspection comment on every row: one
 * priority per distinct comment, one outcome per distinct objective). Rows with nothing that
 * identifies them (a Word table broken over pages) continue the row above.
 */
final class DraftAssembler {

    private static final Set<TandemField> IDENTIFYING = Set.of(PRIORITY_REF, REF, KLOE, THEME, OUTCOME, WHO,
            LEAD_ORGANISATION, CO_DEPENDENT, START, STATUS, MILESTONE, CONSEQUENCE, LIKELIHOOD, SCORE,
            REVISED_CONSEQUENCE, REVISED_LIKELIHOOD, REVISED_SCORE);
    private static final Set<TandemField> RISK_FIELDS = Set.of(RISK, RESULT_IN, CONSEQUENCE, LIKELIHOOD, MITIGATION,
            REVISED_CONSEQUENCE, REVISED_LIKELIHOOD);
    private static final Pattern PRIORITY_REF_PATTERN = Pattern.compile("(\\d+)\\.?");
    private static final Pattern OUTCOME_REF_PATTERN = Pattern.compile("(\\d+)\\.(\\d+)\\.?");
    private static final Pattern ACTION_REF_PATTERN = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.?[a-z]+|\\.\\d+)\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT_ORGANISATIONS = Pattern.compile("\\s*(?:/|,|;|\\n|\\band\\b|&)\\s*");
    private static final Pattern LEADING_ORGANISATION = Pattern.compile("^([^/,;\\n(]+?)(?:\\s+-\\s+|\\s*[/,;(]|\\s+and\\s+|$)");
    static final String RISK_NOT_WRITTEN = "(not written in the sheet)";

    private final Sheet sheet;
    private final List<TandemField> mapping;
    private final StatusWords statusWords;
    private final StatusScheme scheme;
    private final Map<String, OrganisationSummary> organisations = new LinkedHashMap<>();
    private final Map<String, String> staffEmails = new LinkedHashMap<>();
    private final Set<String> confirmedNew;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, OrganisationProposal> proposals = new LinkedHashMap<>();
    private final List<PriorityB> priorities = new ArrayList<>();
    private final boolean numbered;

    DraftAssembler(Sheet sheet, List<TandemField> mapping, StatusScheme scheme, List<OrganisationSummary> known,
            List<PersonSummary> staff, Set<String> confirmedNew) {
        this.sheet = sheet;
        this.mapping = List.copyOf(mapping);
        this.scheme = scheme;
        this.statusWords = new StatusWords(scheme);
        for (OrganisationSummary o : known) {
            organisations.put(key(o.name()), o);
            organisations.put(key(o.shortName()), o);
        }
        for (PersonSummary p : staff) {
            if (p.email() != null && (p.role() == Role.OFFICER || p.role() == Role.ADMIN)) {
                staffEmails.put(key(p.displayName()), p.email());
                staffEmails.put(key(p.email()), p.email());
            }
        }
        this.confirmedNew = confirmedNew.stream().map(DraftAssembler::key).collect(java.util.stream.Collectors.toSet());
        this.numbered = mapping.contains(PRIORITY_REF);
    }

    ImportPreview assemble(String title, PlanKind kind, boolean titleTaken) {
        List<Logical> rows = logicalRows();
        for (Logical row : rows) {
            place(row);
        }
        if (!mapping.contains(ACTION) && !mapping.contains(HEALTH_ACTION) && !mapping.contains(LA_ACTION)) {
            problems.add(0, ImportProblem.of(sheet.headerRow(), "", ERROR, "import.problem.noActionColumn"));
        }
        List<PriorityDraft> drafts = priorities.stream().map(this::priorityDraft).toList();
        PlanDraft draft = new PlanDraft(kind, title.strip(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, scheme.options(), drafts);
        int outcomes = 0;
        int actions = 0;
        int milestones = 0;
        int risks = 0;
        for (PriorityB p : priorities) {
            outcomes += p.outcomes.size();
            for (ActionB a : p.allActions()) {
                actions++;
                milestones += a.milestones.size();
                risks += a.risks.size();
            }
        }
        if (title.isBlank()) {
            problems.add(0, ImportProblem.of(0, "", ERROR, "import.problem.noTitle"));
        }
        return new ImportPreview(draft, problems, List.copyOf(proposals.values()),
                new Counts(sheet.rows().size(), priorities.size(), outcomes, actions, milestones, risks), titleTaken);
    }

    // ------------------------------------------------------------------------------ logical rows

    /** A row as fields, after repeated header rows are dropped and page-break continuations joined. */
    private static final class Logical {
        final int number;
        final Map<TandemField, String> values = new EnumMap<>(TandemField.class);

        Logical(int number) {
            this.number = number;
        }

        String get(TandemField f) {
            return values.getOrDefault(f, "");
        }

        boolean has(TandemField f) {
            return !get(f).isEmpty();
        }
    }

    private List<Logical> logicalRows() {
        List<Logical> result = new ArrayList<>();
        for (Row row : sheet.rows()) {
            if (repeatsHeader(row)) {
                continue;
            }
            Logical logical = new Logical(row.number());
            for (int c = 0; c < mapping.size(); c++) {
                TandemField f = mapping.get(c);
                String value = row.cell(c);
                if (f != IGNORE && !value.isEmpty()) {
                    logical.values.merge(f, value, (a, b) -> a + "\n" + b);
                }
            }
            if (logical.values.isEmpty()) {
                continue;
            }
            boolean continuation = !result.isEmpty() && IDENTIFYING.stream().noneMatch(logical::has)
                    && !(logical.has(PRIORITY) && !mapping.contains(PRIORITY_REF) && !mapping.contains(REF));
            if (continuation) {
                Logical previous = result.getLast();
                logical.values.forEach((f, v) -> previous.values.merge(f, v, (a, b) -> a + " " + b));
                problems.add(ImportProblem.of(row.number(), "", NOTE, "import.problem.continuation", previous.number));
            } else {
                result.add(logical);
            }
        }
        return result;
    }

    private boolean repeatsHeader(Row row) {
        int same = 0;
        int filled = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                filled++;
                if (c < sheet.headers().size() && TandemField.normalise(row.cell(c))
                        .equals(TandemField.normalise(sheet.headers().get(c)))) {
                    same++;
                }
            }
        }
        return filled > 0 && same * 2 > filled;
    }

    // ------------------------------------------------------------------------------ hierarchy

    private static final class PriorityB {
        String number;
        String text;
        @Nullable String kloe;
        @Nullable String theme;
        final List<OutcomeB> outcomes = new ArrayList<>();
        final List<ActionB> actions = new ArrayList<>();

        PriorityB(String number, String text) {
            this.number = number;
            this.text = text;
        }

        List<ActionB> allActions() {
            List<ActionB> all = new ArrayList<>(actions);
            outcomes.forEach(o -> all.addAll(o.actions));
            return all;
        }
    }

    private static final class OutcomeB {
        @Nullable String ref;
        final String text;
        final List<ActionB> actions = new ArrayList<>();

        OutcomeB(@Nullable String ref, String text) {
            this.ref = ref;
            this.text = text;
        }
    }

    private static final class ActionB {
        final int row;
        @Nullable String ref;
        String title = "";
        @Nullable String finding;
        @Nullable String lead;
        final List<String> coDependent = new ArrayList<>();
        final List<String> officers = new ArrayList<>();
        final List<String> who = new ArrayList<>();
        final Map<TandemField, String> text = new EnumMap<>(TandemField.class);
        @Nullable String status;
        final List<MilestoneDraft> milestones = new ArrayList<>();
        final List<RiskDraft> risks = new ArrayList<>();

        ActionB(int row) {
            this.row = row;
        }
    }

    private @Nullable PriorityB currentPriority;
    private @Nullable OutcomeB currentOutcome;
    private @Nullable ActionB currentAction;

    private void place(Logical row) {
        String ref = row.get(REF);
        Matcher priorityRef = PRIORITY_REF_PATTERN.matcher(ref);
        Matcher outcomeRef = OUTCOME_REF_PATTERN.matcher(ref);
        Matcher actionRef = ACTION_REF_PATTERN.matcher(ref);
        String actionWords = actionWords(row);
        if (!ref.isEmpty() && priorityRef.matches()) {
            newPriority(row, priorityRef.group(1), firstNonEmpty(row.get(PRIORITY), actionWords, row.get(OUTCOME)));
            if (row.has(OUTCOME) && !row.has(ACTION)) {
                newOutcome(null, row.get(OUTCOME));
            }
            return;
        }
        if (!ref.isEmpty() && outcomeRef.matches()) {
            ensurePriority(row, outcomeRef.group(1));
            newOutcome(ref, firstNonEmpty(row.get(OUTCOME), actionWords, row.get(PRIORITY)));
            return;
        }
        if (!ref.isEmpty() && actionRef.matches()) {
            ensurePriority(row, actionRef.group(1));
            String outcomeKey = actionRef.group(1) + "." + actionRef.group(2);
            PriorityB p = java.util.Objects.requireNonNull(currentPriority);
            currentOutcome = p.outcomes.stream().filter(o -> outcomeKey.equals(o.ref)).findFirst()
                    .orElse(row.has(OUTCOME) ? null : currentOutcome);
            if (row.has(OUTCOME) && (currentOutcome == null || !same(currentOutcome.text, row.get(OUTCOME)))) {
                newOutcome(outcomeKey, row.get(OUTCOME));
            }
        } else {
            if (!ref.isEmpty()) {
                problems.add(ImportProblem.of(row.number, heading(REF), WARNING, "import.problem.refUnreadable", ref));
            }
            String number = row.get(PRIORITY_REF).replaceAll("\\.$", "").strip();
            if (!number.isEmpty()) {
                newPriority(row, number, row.get(PRIORITY));
            } else if (row.has(PRIORITY) && (currentPriority == null || !samePriority(currentPriority, row.get(PRIORITY)))) {
                PriorityB existing = priorities.stream().filter(p -> same(p.text, row.get(PRIORITY))).findFirst().orElse(null);
                if (existing != null) {
                    currentPriority = existing;
                    currentOutcome = null;
                } else {
                    newPriority(row, generatedNumber(row), row.get(PRIORITY));
                }
            } else if (currentPriority == null) {
                newPriority(row, "1", sheet.title().isBlank() ? sheet.name() : sheet.title());
            }
            PriorityB p = java.util.Objects.requireNonNull(currentPriority);
            if (row.has(KLOE) && p.kloe == null) {
                p.kloe = row.get(KLOE);
            }
            if (row.has(THEME) && p.theme == null) {
                p.theme = row.get(THEME);
            }
            if (row.has(OUTCOME)) {
                OutcomeB existing = p.outcomes.stream().filter(o -> same(o.text, row.get(OUTCOME))).findFirst().orElse(null);
                if (existing != null) {
                    currentOutcome = existing;
                } else {
                    newOutcome(null, row.get(OUTCOME));
                }
            } else if (mapping.contains(OUTCOME)) {
                currentOutcome = null;
            }
        }
        if (actionWords.isEmpty()) {
            boolean onlyAttachments = row.values.keySet().stream().allMatch(f -> f == MILESTONE || f == MILESTONE_DEADLINE
                    || RISK_FIELDS.contains(f) || f == SCORE || f == REVISED_SCORE || f == PRIORITY || f == PRIORITY_REF
                    || f == KLOE || f == THEME || f == OUTCOME || f == REF);
            if (onlyAttachments && currentAction != null && (row.has(MILESTONE) || RISK_FIELDS.stream().anyMatch(row::has))) {
                attachments(row, currentAction);
            } else if (!onlyAttachments) {
                problems.add(ImportProblem.of(row.number, heading(ACTION), ERROR, "import.problem.noActionWords"));
            }
            return;
        }
        ActionB action = new ActionB(row.number);
        action.ref = actionRef.matches() ? ref : null;
        action.title = row.has(ACTION) ? row.get(ACTION) : shortTitle(actionWords);
        PriorityB p = java.util.Objects.requireNonNull(currentPriority);
        if (row.has(PRIORITY) && !same(p.text, row.get(PRIORITY))) {
            action.finding = row.get(PRIORITY);
        }
        organisationsOf(row, action);
        for (TandemField f : List.of(HEALTH_ACTION, LA_ACTION, START, END, DETAIL, MONITORING, MEASURE, EVIDENCE, NOTES)) {
            if (row.has(f)) {
                action.text.put(f, row.get(f));
            }
        }
        if (row.has(STATUS)) {
            StatusWords.Match match = statusWords.read(row.get(STATUS));
            action.status = match.label();
            if (match.label() == null) {
                problems.add(ImportProblem.of(row.number, heading(STATUS), WARNING, "import.problem.statusUnknown",
                        row.get(STATUS), String.join(", ", scheme.options().stream().map(o -> o.label()).toList())));
                action.text.merge(NOTES, "Status in the sheet: " + row.get(STATUS), (a, b) -> a + "\n" + b);
            } else if (match.uncertain()) {
                problems.add(ImportProblem.of(row.number, heading(STATUS), NOTE, "import.problem.statusGuessed",
                        row.get(STATUS), match.label()));
            }
        }
        attachments(row, action);
        if (currentOutcome != null) {
            currentOutcome.actions.add(action);
        } else {
            p.actions.add(action);
        }
        currentAction = action;
    }

    private void ensurePriority(Logical row, String number) {
        if (currentPriority == null || !currentPriority.number.equals(number)) {
            PriorityB existing = priorities.stream().filter(p -> p.number.equals(number)).findFirst().orElse(null);
            if (existing != null) {
                currentPriority = existing;
            } else {
                newPriority(row, number, row.has(PRIORITY) ? row.get(PRIORITY) : "Priority " + number);
            }
        }
    }

    private void newPriority(Logical row, String number, String text) {
        PriorityB p = new PriorityB(number, text.isBlank() ? "Priority " + number : text);
        if (priorities.stream().anyMatch(x -> x.number.equals(number))) {
            problems.add(ImportProblem.of(row.number, heading(numbered ? PRIORITY_REF : REF), WARNING,
                    "import.problem.numberRepeated", number));
        }
        p.kloe = row.has(KLOE) ? row.get(KLOE) : null;
        p.theme = row.has(THEME) ? row.get(THEME) : null;
        priorities.add(p);
        currentPriority = p;
        currentOutcome = null;
    }

    private void newOutcome(@Nullable String ref, String text) {
        OutcomeB o = new OutcomeB(ref, text);
        java.util.Objects.requireNonNull(currentPriority).outcomes.add(o);
        currentOutcome = o;
    }

    /** A priority with no number in a numbered sheet takes the one before it and a letter: 4a, 4b. */
    private String generatedNumber(Logical row) {
        if (!numbered) {
            return String.valueOf(priorities.size() + 1);
        }
        String base = priorities.isEmpty() ? "0" : priorities.getLast().number.replaceAll("[a-z]+$", "");
        char letter = 'a';
        while (true) {
            String candidate = base + letter;
            if (priorities.stream().noneMatch(p -> p.number.equals(candidate))) {
                problems.add(ImportProblem.of(row.number, heading(PRIORITY_REF), NOTE, "import.problem.numberGiven",
                        candidate));
                return candidate;
            }
            letter++;
        }
    }

    // ------------------------------------------------------------------------------ fields

    private String actionWords(Logical row) {
        return firstNonEmpty(row.get(ACTION), row.get(HEALTH_ACTION), row.get(LA_ACTION).equalsIgnoreCase("n/a") ? ""
                : row.get(LA_ACTION));
    }

    private void organisationsOf(Logical row, ActionB action) {
        if (row.has(WHO)) {
            action.who.add(row.get(WHO));
            for (String token : SPLIT_ORGANISATIONS.split(row.get(WHO))) {
                String email = staffEmails.get(key(token));
                if (email != null && !action.officers.contains(email)) {
                    action.officers.add(email);
                }
            }
        }
        String lead = row.get(LEAD_ORGANISATION);
        if (!lead.isEmpty()) {
            String whole = organisation(lead, row.number, false);
            if (whole != null) {
                action.lead = whole;
            } else {
                Matcher m = LEADING_ORGANISATION.matcher(lead);
                String first = m.find() ? m.group(1).strip() : lead;
                String found = organisation(first, row.number, true);
                action.lead = found;
                action.who.add("Lead organisation: " + lead);
                if (found != null) {
                    problems.add(ImportProblem.of(row.number, heading(LEAD_ORGANISATION), NOTE,
                            "import.problem.leadReadAs", lead, found));
                }
            }
        }
        String partners = row.get(CO_DEPENDENT);
        if (!partners.isEmpty()) {
            boolean allFound = true;
            for (String token : SPLIT_ORGANISATIONS.split(partners)) {
                if (token.isBlank()) {
                    continue;
                }
                String found = organisation(token.strip(), row.number, true);
                if (found == null) {
                    allFound = false;
                } else if (!found.equals(action.lead) && !action.coDependent.contains(found)) {
                    action.coDependent.add(found);
                }
            }
            if (!allFound) {
                action.who.add("Co-dependent organisations: " + partners);
            }
        }
    }

    /**
     * The short name of a known organisation or a confirmed new one, or null. When {@code propose},
     * an unknown name short enough to be one is listed for creation.
     */
    private @Nullable String organisation(String words, int row, boolean propose) {
        String k = key(words);
        OrganisationSummary known = organisations.get(k);
        if (known != null) {
            return known.shortName();
        }
        boolean plausible = words.length() <= 40 && !words.isBlank();
        if (!plausible) {
            if (propose) {
                problems.add(ImportProblem.of(row, heading(CO_DEPENDENT), NOTE, "import.problem.organisationWords", words));
            }
            return null;
        }
        if (!propose && SPLIT_ORGANISATIONS.matcher(words).find() || !propose && words.contains(" - ")) {
            return null;
        }
        OrganisationProposal existing = proposals.get(k);
        List<Integer> rows = new ArrayList<>(existing == null ? List.of() : existing.rows());
        if (!rows.contains(row)) {
            rows.add(row);
        }
        proposals.put(k, new OrganisationProposal(words, words, rows));
        return confirmedNew.contains(k) ? words : null;
    }

    private void attachments(Logical row, ActionB action) {
        if (row.has(MILESTONE)) {
            action.milestones.add(new MilestoneDraft(row.get(MILESTONE),
                    row.has(MILESTONE_DEADLINE) ? row.get(MILESTONE_DEADLINE) : null, null));
        }
        Integer c = factor(row, CONSEQUENCE);
        Integer l = factor(row, LIKELIHOOD);
        Integer rc = factor(row, REVISED_CONSEQUENCE);
        Integer rl = factor(row, REVISED_LIKELIHOOD);
        checkScore(row, SCORE, new RiskScore(c, l));
        checkScore(row, REVISED_SCORE, new RiskScore(rc, rl));
        boolean anyRisk = RISK_FIELDS.stream().anyMatch(row::has);
        if (anyRisk) {
            String risk = row.get(RISK);
            if (risk.isEmpty()) {
                risk = RISK_NOT_WRITTEN;
                problems.add(ImportProblem.of(row.number, heading(RISK), WARNING, "import.problem.riskNotWritten"));
            }
            action.risks.add(new RiskDraft(risk, blankToNull(row.get(RESULT_IN)), c, l, blankToNull(row.get(MITIGATION)),
                    rc, rl, null));
        }
    }

    private @Nullable Integer factor(Logical row, TandemField field) {
        String v = row.get(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d == Math.rint(d) && d >= 1 && d <= 5) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ImportProblem.of(row.number, heading(field), WARNING, "import.problem.factorInvalid", v));
        return null;
    }

    /** The sheet's own score against consequence x likelihood; every disagreement is listed. */
    private void checkScore(Logical row, TandemField field, RiskScore computed) {
        if (!mapping.contains(field)) {
            return;
        }
        String written = row.get(field);
        Integer value = computed.value();
        if (written.isEmpty()) {
            if (value != null) {
                problems.add(ImportProblem.of(row.number, heading(field), NOTE, "import.problem.scoreMissing", value));
            }
            return;
        }
        Integer sheet;
        try {
            double d = Double.parseDouble(written);
            sheet = d == Math.rint(d) ? (int) d : null;
        } catch (NumberFormatException e) {
            sheet = null;
        }
        if (sheet == null) {
            problems.add(ImportProblem.of(row.number, heading(field), NOTE, "import.problem.scoreNotNumber", written,
                    value == null ? "-" : value));
        } else if (value == null) {
            problems.add(ImportProblem.of(row.number, heading(field), NOTE,
                    sheet == 0 ? "import.problem.scoreZero" : "import.problem.scoreWithoutFactors", written));
        } else if (!sheet.equals(value)) {
            problems.add(ImportProblem.of(row.number, heading(field), NOTE, "import.problem.scoreDiffers", written,
                    computed.consequence(), computed.likelihood(), value));
        }
    }

    // ------------------------------------------------------------------------------ drafts

    private PriorityDraft priorityDraft(PriorityB p) {
        String title = shortTitle(p.text);
        String words = title.equals(p.text) ? null : p.text;
        check(0, PRIORITY, p.text, 8000);
        return new PriorityDraft(p.number, title, words, null, clip(p.kloe, 100), clip(p.theme, 500), null, null, null,
                null, p.outcomes.stream().map(this::outcomeDraft).toList(), p.actions.stream().map(this::actionDraft).toList());
    }

    private OutcomeDraft outcomeDraft(OutcomeB o) {
        return new OutcomeDraft(o.ref, o.text, List.of(), o.actions.stream().map(this::actionDraft).toList());
    }

    private ActionDraft actionDraft(ActionB a) {
        check(a.row, ACTION, a.title, 2000);
        String whoText = a.who.isEmpty() ? null : String.join("\n", a.who);
        check(a.row, WHO, whoText, 1000);
        for (var e : a.text.entrySet()) {
            int max = switch (e.getKey()) {
                case START, END -> 200;
                case MONITORING, MEASURE, EVIDENCE -> 4000;
                default -> 8000;
            };
            check(a.row, e.getKey(), e.getValue(), max);
        }
        return new ActionDraft(a.ref, a.title, null, a.finding, a.lead, a.coDependent, a.officers, whoText, null,
                a.text.get(HEALTH_ACTION), a.text.get(LA_ACTION), null, a.text.get(START), a.text.get(END),
                a.text.get(DETAIL), a.text.get(MONITORING), a.text.get(MEASURE), a.text.get(EVIDENCE), a.text.get(NOTES),
                a.status, null, a.milestones, a.risks);
    }

    private void check(int row, TandemField field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.of(row, heading(field), ERROR, "import.problem.tooLong", value.length(), max));
        }
    }

    // ------------------------------------------------------------------------------ helpers

    private String heading(TandemField field) {
        int i = mapping.indexOf(field);
        return i < 0 ? "" : SpreadsheetReader.columnLetter(i) + " (" + (i < sheet.headers().size() ? sheet.headers().get(i) : "")
                + ")";
    }

    /** The first sentence, at most 300 characters, cut at a word. */
    static String shortTitle(String text) {
        String t = text.strip();
        Matcher m = Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL).matcher(t);
        String first = m.find() ? m.group(1) : t;
        first = first.replaceAll("\\s+", " ");
        if (first.length() <= 300) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 297);
        return first.substring(0, cut > 100 ? cut : 297) + "…";
    }

    private boolean samePriority(PriorityB p, String text) {
        return same(p.text, text) || same(shortTitle(p.text), shortTitle(text));
    }

    private static boolean same(String a, String b) {
        return TandemField.normalise(a).equals(TandemField.normalise(b));
    }

    static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

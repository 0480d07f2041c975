package app.tandem.plan;

import app.tandem.access.OrganisationSummary;
import app.tandem.access.PersonSummary;
import app.tandem.base.InvalidInputException;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link PlanDraft} into entities, resolving organisations by short name (or name) and
 * people by e-mail within the area. Every unresolvable reference is collected and reported at
 * once; nothing is saved unless all of it resolves.
 */
final class PlanBuilder {

    private final PlanDraft draft;
    private final Map<String, Long> orgIds;
    private final Map<String, Long> personIds;
    private final LocalDate today;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private int actionPosition;

    PlanBuilder(PlanDraft draft, List<OrganisationSummary> organisations, List<PersonSummary> staff, LocalDate today) {
        this.draft = draft;
        this.today = today;
        this.orgIds = new LinkedHashMap<>();
        for (OrganisationSummary o : organisations) {
            orgIds.put(key(o.name()), o.id());
            orgIds.put(key(o.shortName()), o.id());
        }
        this.personIds = staff.stream()
                .filter(p -> p.email() != null && (p.role() == app.tandem.access.Role.OFFICER || p.role() == app.tandem.access.Role.ADMIN))
                .collect(Collectors.toMap(p -> key(java.util.Objects.requireNonNull(p.email())), PersonSummary::id, (a, b) -> a));
    }

    Plan build(PlanRepository plans, PriorityRepository priorities, OutcomeRepository outcomes, ActionRepository actions) {
        StatusScheme scheme = new StatusScheme(draft.statusScheme());
        Plan plan = new Plan(draft.kind(), draft.title().strip());
        plan.periodText = draft.periodText();
        plan.startDate = draft.startDate();
        plan.endDate = draft.endDate();
        plan.board = draft.board();
        plan.strategicLead = draft.strategicLead();
        plan.leadOfficerId = person(draft.leadOfficer(), "plan.leadOfficer");
        plan.implementationDate = draft.implementationDate();
        plan.reviewDate = draft.reviewDate();
        plan.monitoringFrequency = draft.monitoringFrequency();
        plan.monitoringIntervalDays = draft.monitoringIntervalDays();
        plan.inspectionDates = draft.inspectionDates();
        plan.inspectionReportPublished = draft.inspectionReportPublished();
        plan.aims = draft.aims();
        plan.relevantStrategies = draft.relevantStrategies();
        plan.previousVersions = draft.previousVersions();
        int position = 0;
        for (StatusScheme.StatusOption option : scheme.options()) {
            plan.statusLabels.add(new StatusLabel(plan, position++, option));
        }
        Map<String, StatusLabel> labels = plan.statusLabels.stream()
                .collect(Collectors.toMap(s -> key(s.label), Function.identity()));
        LocalDate reference = plan.referenceDate(today);

        List<Priority> priorityEntities = new java.util.ArrayList<>();
        List<Action> actionEntities = new java.util.ArrayList<>();
        int priorityPosition = 0;
        for (PriorityDraft pd : draft.priorities()) {
            Priority priority = new Priority(plan, priorityPosition++, pd.number().strip(), pd.title().strip());
            priority.inspectorsWords = pd.inspectorsWords();
            priority.inspectionQuestion = pd.inspectionQuestion();
            priority.kloe = pd.kloe();
            priority.theme = pd.theme();
            priority.strategyPriority = pd.strategyPriority();
            priority.specificAim = pd.specificAim();
            priority.sponsor = pd.sponsor();
            priority.deliveryPartners = pd.deliveryPartners();
            priorityEntities.add(priority);
            for (ActionDraft ad : nonNull(pd.actions())) {
                actionEntities.add(action(plan, priority, null, ad, labels, reference));
            }
            int outcomePosition = 0;
            for (OutcomeDraft od : nonNull(pd.outcomes())) {
                Outcome outcome = new Outcome(priority, outcomePosition++, od.ref(), od.text().strip(), nonNull(od.impact()));
                for (ActionDraft ad : nonNull(od.actions())) {
                    actionEntities.add(action(plan, priority, outcome, ad, labels, reference));
                }
                pendingOutcomes.add(outcome);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        plans.save(plan);
        priorities.saveAll(priorityEntities);
        outcomes.saveAll(pendingOutcomes);
        actions.saveAll(actionEntities);
        return plan;
    }

    private final List<Outcome> pendingOutcomes = new java.util.ArrayList<>();

    private Action action(Plan plan, Priority priority, @Nullable Outcome outcome, ActionDraft ad,
            Map<String, StatusLabel> labels, LocalDate reference) {
        Action a = new Action(plan, priority, outcome, actionPosition++, ad.ref(), ad.title().strip());
        String where = "action " + (ad.ref() == null ? ad.title() : ad.ref());
        a.objective = ad.objective();
        a.inspectionFinding = ad.inspectionFinding();
        a.leadOrganisationId = organisation(ad.leadOrganisation(), where);
        for (String partner : nonNull(ad.coDependent())) {
            Long id = organisation(partner, where);
            if (id != null) {
                a.partnerOrganisationIds.add(id);
            }
        }
        for (String officer : nonNull(ad.leadOfficers())) {
            Long id = person(officer, where);
            if (id != null) {
                a.leadOfficerIds.add(id);
            }
        }
        a.whoText = ad.whoText();
        a.seniorLead = ad.seniorLead();
        a.healthAction = ad.healthAction();
        a.laAction = ad.laAction();
        a.resource = ad.resource();
        a.start = WrittenDate.read(ad.start(), reference);
        a.end = WrittenDate.read(ad.end(), reference);
        a.detail = ad.detail();
        a.monitoring = ad.monitoring();
        a.measureOfSuccess = ad.measureOfSuccess();
        a.evidence = ad.evidence();
        a.notes = ad.notes();
        if (ad.status() != null && !ad.status().isBlank()) {
            a.status = labels.get(key(ad.status()));
            if (a.status == null) {
                problems.put(where + " status", "Unknown status \"" + ad.status() + "\"");
            }
            a.statusDate = ad.statusDate();
        }
        int position = 0;
        for (MilestoneDraft md : nonNull(ad.milestones())) {
            a.milestones.add(new Milestone(a, position++, md.description().strip(),
                    WrittenDate.read(md.deadline(), reference), md.done()));
        }
        position = 0;
        for (RiskDraft rd : nonNull(ad.risks())) {
            Risk r = new Risk(a, position++, rd.risk().strip());
            r.resultIn = rd.resultIn();
            r.consequence = rd.consequence();
            r.likelihood = rd.likelihood();
            r.mitigation = rd.mitigation();
            r.revisedConsequence = rd.revisedConsequence();
            r.revisedLikelihood = rd.revisedLikelihood();
            r.ownerId = person(rd.owner(), where + " risk owner");
            a.risks.add(r);
        }
        return a;
    }

    private @Nullable Long organisation(@Nullable String name, String where) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long id = orgIds.get(key(name));
        if (id == null) {
            problems.put(where + " organisation " + name, "Unknown organisation \"" + name + "\"");
        }
        return id;
    }

    private @Nullable Long person(@Nullable String email, String where) {
        if (email == null || email.isBlank()) {
            return null;
        }
        Long id = personIds.get(key(email));
        if (id == null) {
            problems.put(where + " person " + email, "Unknown officer \"" + email + "\"");
        }
        return id;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}

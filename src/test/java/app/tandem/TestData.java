package app.tandem;

import app.tandem.plan.ActionEdit;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.OrganisationRef;
import app.tandem.plan.PlanViews.PersonRef;
import java.util.Set;
import java.util.stream.Collectors;

/** Small builders shared by tests; no Spring here. */
public final class TestData {

    private TestData() {}

    /** The edit that saves an action exactly as it is. */
    public static ActionEdit unchanged(ActionDetail a) {
        return new ActionEdit(a.version(), a.title(), a.objective(), a.inspectionFinding(),
                a.leadOrganisation() == null ? null : a.leadOrganisation().id(),
                a.partnerOrganisations().stream().map(OrganisationRef::id).collect(Collectors.toSet()),
                a.leadOfficers().stream().map(PersonRef::id).collect(Collectors.toSet()), a.whoText(), a.seniorLead(),
                a.healthAction(), a.laAction(), a.resource(), a.start().words(), a.end().words(), a.detail(),
                a.monitoring(), a.measureOfSuccess(), a.evidence(), a.notes(),
                a.status() == null ? null : a.status().id(), a.statusDate());
    }

    /** The action as it is, with other notes. */
    public static ActionEdit withNotes(ActionDetail a, String notes) {
        ActionEdit e = unchanged(a);
        return new ActionEdit(e.version(), e.title(), e.objective(), e.inspectionFinding(), e.leadOrganisationId(),
                e.partnerOrganisationIds(), e.leadOfficerIds(), e.whoText(), e.seniorLead(), e.healthAction(),
                e.laAction(), e.resource(), e.startWords(), e.endWords(), e.detail(), e.monitoring(),
                e.measureOfSuccess(), e.evidence(), notes, e.statusId(), e.statusDate());
    }

    public static ActionFilter ledBy(long accountId) {
        return new ActionFilter(Set.of(), false, null, accountId, null, false, null);
    }

    public static ActionFilter text(String text) {
        return new ActionFilter(Set.of(), false, null, null, null, false, text);
    }

    public static ActionFilter statuses(Set<Long> statusIds) {
        return new ActionFilter(statusIds, false, null, null, null, false, null);
    }
}

package app.tandem.plan;

public enum PlanKind {
    /** Written statement of action, required where inspectors found significant weaknesses. */
    WSOA,
    IMPROVEMENT_PLAN
}

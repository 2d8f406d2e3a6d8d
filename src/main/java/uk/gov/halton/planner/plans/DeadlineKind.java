package uk.gov.halton.planner.plans;

/** What falls due. */
public enum DeadlineKind {
    PLAN_TEST("Plan test due"),
    PLAN_REVIEW("Plan review due"),
    PLAN_PREPARATION("Plan preparation deadline"),
    PIZ_MAILING("Public information mailing due");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

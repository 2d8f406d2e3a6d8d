package uk.gov.halton.planner.plans;

/** What falls due. */
public enum DeadlineKind {
    PLAN_TEST("Plan test due", "Plan test"),
    PLAN_REVIEW("Plan review due", "Plan review"),
    PLAN_PREPARATION("Plan preparation deadline", "Plan preparation"),
    PIZ_MAILING("Public information mailing due", "Public information mailing");

    private final String label;
    private final String subject;

    DeadlineKind(String label, String subject) {
        this.label = label;
        this.subject = subject;
    }

    /** What falls due, as the subject of a sentence: "Plan test" (due in 11 days). */
    public String subject() {
        return subject;
    }

    public String label() {
        return label;
    }
}

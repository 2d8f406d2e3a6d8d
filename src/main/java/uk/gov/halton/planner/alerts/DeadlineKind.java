package uk.gov.halton.planner.alerts;

/** The kinds of deadline that alert. */
public enum DeadlineKind {
    PLAN_TEST("Plan test due"),
    PLAN_REVIEW("Plan review due"),
    PLAN_PREPARATION("New plan preparation deadline"),
    EXERCISE("Exercise"),
    COLD_DEBRIEF("Cold debrief due"),
    ACTION("Action due"),
    PIZ_MAILING("Public information mailing due"),
    ELEMENTS_UNTESTED("Plan elements not yet tested");

    private final String title;

    DeadlineKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package uk.gov.halton.planner.alerts;

/** The kinds of deadline: what falls due, as alerts, plans, the calendar and the feed name it. */
public enum DeadlineKind {
    PLAN_TEST("Plan test due", "Plan test"),
    PLAN_REVIEW("Plan review due", "Plan review"),
    PLAN_PREPARATION("New plan preparation deadline", "Plan preparation"),
    EXERCISE("Exercise", "Exercise"),
    COLD_DEBRIEF("Cold debrief due", "Cold debrief"),
    ACTION("Action due", "Action"),
    PIZ_MAILING("Public information mailing due", "Public information mailing");

    private final String title;
    private final String subject;

    DeadlineKind(String title, String subject) {
        this.title = title;
        this.subject = subject;
    }

    /** "Plan test due": a heading, a column or an alert's subject line. */
    public String title() {
        return title;
    }

    /** What falls due, as the subject of a sentence: "Plan test" (due in 11 days). */
    public String subject() {
        return subject;
    }
}

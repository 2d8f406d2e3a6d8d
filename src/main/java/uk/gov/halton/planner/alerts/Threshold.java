package uk.gov.halton.planner.alerts;

/**
 * Which alert of a deadline: "D180" = 180 days before, "D0" = on the day, "OVERDUE", and the escalations of an
 * overdue item nobody acknowledged ("ESCALATION1" to managers, "ESCALATION2" to administrators).
 */
public final class Threshold {

    public static final String OVERDUE = "OVERDUE";
    public static final String ESCALATION1 = "ESCALATION1";
    public static final String ESCALATION2 = "ESCALATION2";

    private Threshold() {
    }

    public static String daysBefore(int days) {
        return "D" + days;
    }

    /** "in 30 days", "today", "overdue", for people. */
    public static String describe(String threshold) {
        return switch (threshold) {
            case OVERDUE -> "overdue";
            case ESCALATION1 -> "overdue and not acknowledged: escalated to managers";
            case ESCALATION2 -> "overdue and not acknowledged: escalated to administrators";
            case "D0" -> "due today";
            default -> "due in " + threshold.substring(1) + " days";
        };
    }
}

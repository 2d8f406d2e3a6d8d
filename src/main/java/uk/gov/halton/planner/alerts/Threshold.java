package uk.gov.halton.planner.alerts;

/**
 * Which alert of a deadline: "D180" = 180 days before, "D0" = on the day, "OVERDUE", and the escalations of an
 * overdue item nobody acknowledged ("ESCALATION1" to managers, "ESCALATION2" to administrators), and "REMINDER".
 */
public final class Threshold {

    public static final String OVERDUE = "OVERDUE";
    public static final String ESCALATION1 = "ESCALATION1";
    public static final String ESCALATION2 = "ESCALATION2";
    /** A scheduled job's reminder at a time of day (see {@link Reminder}): one per deadline. */
    public static final String REMINDER = "REMINDER";

    private Threshold() {}

    public static String daysBefore(int days) {
        return "D" + days;
    }

    /** Why an escalation went wider, after the time left; empty for the other thresholds. */
    public static String escalation(String threshold) {
        return switch (threshold) {
            case ESCALATION1 -> "; nobody acknowledged it, so it went to the managers";
            case ESCALATION2 -> "; nobody acknowledged it, so it went to the administrators";
            default -> "";
        };
    }
}

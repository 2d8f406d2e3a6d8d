package uk.gov.halton.planner.exercises;

/** How a rule of the programme stands. */
public enum ComplianceState {
    MET("Met"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    BREACHED("Breached");

    private final String label;

    ComplianceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

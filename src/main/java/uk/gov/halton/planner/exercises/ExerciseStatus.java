package uk.gov.halton.planner.exercises;

/** Where an exercise stands. */
public enum ExerciseStatus {
    PROPOSED("Proposed"),
    SCHEDULED("Scheduled"),
    HELD("Held"),
    POSTPONED("Postponed"),
    CANCELLED("Cancelled");

    private final String label;

    ExerciseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still going ahead (counts towards the programme). */
    public boolean active() {
        return this == PROPOSED || this == SCHEDULED || this == HELD;
    }
}

package uk.gov.halton.planner.exercises;

/** How well an exercise tested a plan element; {@link #TO_BE_TESTED} while the exercise is still to come. */
public enum ElementResult {
    TO_BE_TESTED("To be tested"),
    MET("Met"),
    PARTLY_MET("Partly met"),
    NOT_MET("Not met");

    private final String label;

    ElementResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Met or partly met: the element was shown to work, so it counts as proven for the cycle. */
    public boolean proves() {
        return this == MET || this == PARTLY_MET;
    }
}

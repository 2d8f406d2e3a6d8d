package uk.gov.halton.planner.register.domain;

/** An indicator against its target. NONE where there is no target, no figure, or no good direction. */
public enum TrafficLight {
    GREEN("Green", "Target met or on track to be met"),
    AMBER("Amber", "Within 10% of the target"),
    RED("Red", "More than 10% off the target"),
    NONE("No light", "No target, no figure yet, or neither higher nor lower is better");

    private final String label;
    private final String meaning;

    TrafficLight(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}

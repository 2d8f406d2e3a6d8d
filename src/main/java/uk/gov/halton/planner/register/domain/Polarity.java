package uk.gov.halton.planner.register.domain;

/** Which way is good for an indicator. A count of incidents is NEITHER: it is watched, not a target to raise. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    NEITHER("Neither (watched, not a target)");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

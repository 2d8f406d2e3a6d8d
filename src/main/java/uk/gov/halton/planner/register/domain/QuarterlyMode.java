package uk.gov.halton.planner.register.domain;

/** What an indicator's quarterly figure means. */
public enum QuarterlyMode {
    FOR_THE_QUARTER("For the quarter"),
    CUMULATIVE("Cumulative (year to date)"),
    AT_QUARTER_END("At the quarter's end");

    private final String label;

    QuarterlyMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

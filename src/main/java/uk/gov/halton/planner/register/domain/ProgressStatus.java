package uk.gov.halton.planner.register.domain;

/** Milestone progress symbols, as in the council's quarterly monitoring reports. */
public enum ProgressStatus {
    ON_COURSE("On course to be achieved", "✔", "Green tick"),
    UNCERTAIN("Uncertain whether it will be achieved", "?", "Amber question mark"),
    WILL_NOT_BE_ACHIEVED("Will not be achieved", "✘", "Red cross");

    private final String label;
    private final String symbol;
    private final String symbolName;

    ProgressStatus(String label, String symbol, String symbolName) {
        this.label = label;
        this.symbol = symbol;
        this.symbolName = symbolName;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    public String symbolName() {
        return symbolName;
    }
}

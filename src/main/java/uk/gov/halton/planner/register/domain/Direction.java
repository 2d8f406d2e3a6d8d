package uk.gov.halton.planner.register.domain;

/**
 * Direction of travel against the same period last year (never against the target), and whether that is good.
 */
public record Direction(Arrow arrow, Judgement judgement) {

    public enum Arrow {
        UP("↑", "Up"),
        DOWN("↓", "Down"),
        SAME("→", "No change"),
        NONE("", "No comparison");

        private final String symbol;
        private final String label;

        Arrow(String symbol, String label) {
            this.symbol = symbol;
            this.label = label;
        }

        public String symbol() {
            return symbol;
        }

        public String label() {
            return label;
        }
    }

    /** BETTER or WORSE only where the indicator's polarity says which way is good. */
    public enum Judgement {
        BETTER("better"),
        WORSE("worse"),
        NEUTRAL("");

        private final String label;

        Judgement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final Direction NONE = new Direction(Arrow.NONE, Judgement.NEUTRAL);

    /** "Up, better than the same period last year", for screen readers and the PDF. */
    public String description() {
        if (arrow == Arrow.NONE) {
            return "No figure for the same period last year";
        }
        String what = arrow == Arrow.SAME ? "No change" : arrow.label();
        return judgement == Judgement.NEUTRAL
                ? what + " on the same period last year"
                : what + ", " + judgement.label() + " than the same period last year";
    }
}

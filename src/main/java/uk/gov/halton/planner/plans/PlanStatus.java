package uk.gov.halton.planner.plans;

/** The traffic light of a plan, from {@link StatusRules}. */
public enum PlanStatus {
    GREEN("Green", "success"),
    AMBER("Amber", "warning"),
    RED("Red", "error");

    private final String label;
    private final String badgeTheme;

    PlanStatus(String label, String badgeTheme) {
        this.label = label;
        this.badgeTheme = badgeTheme;
    }

    public String label() {
        return label;
    }

    /** The Lumo badge variant that shows this status ("success", "warning", "error"). */
    public String badgeTheme() {
        return badgeTheme;
    }
}

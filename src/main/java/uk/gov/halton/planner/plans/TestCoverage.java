package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/** How many plans had a recorded test within the three years up to a date. */
public record TestCoverage(LocalDate at, int plans, int testedWithinThreeYears) {

    /** 0 to 1; 0 when there are no plans. */
    public double share() {
        return plans == 0 ? 0 : (double) testedWithinThreeYears / plans;
    }
}

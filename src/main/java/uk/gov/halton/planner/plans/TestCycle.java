package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/**
 * A plan's current three-year test cycle, as the plan's own date rules give it: from the last test (or the plan's
 * preparation, if never tested) to the next test due. Both are null while the plan has no dates recorded.
 */
public record TestCycle(LocalDate start, LocalDate due) {

    public boolean known() {
        return start != null && due != null;
    }

    /** Whether a day falls in the cycle: on or after its start and not after the test falls due. */
    public boolean contains(LocalDate day) {
        return known() && !day.isBefore(start) && !day.isAfter(due);
    }
}

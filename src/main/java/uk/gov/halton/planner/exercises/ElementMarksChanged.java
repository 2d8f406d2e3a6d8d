package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.alerts.DeadlinesChanged;

/** Published when the elements an exercise tests of a plan, or their results, change: the coverage flags follow. */
public record ElementMarksChanged(String planId) implements DeadlinesChanged {

    @Override
    public String reason() {
        return "plan elements " + planId;
    }
}

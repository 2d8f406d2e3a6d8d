package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.util.List;
import uk.gov.halton.planner.plans.PlansTested;

/**
 * An exercise was held on {@code heldOn}. When it counts as a test of its plans ({@code testsPlans}), plans hears
 * it as {@link PlansTested} and moves each plan's last test to that day.
 */
public record ExerciseHeld(
        long exerciseId, String exerciseName, LocalDate heldOn, List<String> planIds, boolean testsPlans)
        implements ExerciseEvent, PlansTested {

    public ExerciseHeld {
        planIds = List.copyOf(planIds);
    }

    @Override
    public List<String> testedPlanIds() {
        return testsPlans ? planIds : List.of();
    }

    @Override
    public LocalDate testedOn() {
        return heldOn;
    }

    @Override
    public String testNote() {
        return "Exercise: " + exerciseName;
    }

    @Override
    public String reason() {
        return "exercise " + exerciseId + " held";
    }
}

package uk.gov.halton.planner.exercises;

/** An action from an exercise's debrief was added, or marked done or not done. */
public record ExerciseActionChanged(long exerciseId, long actionId, boolean done) implements ExerciseEvent {

    @Override
    public String reason() {
        return "action " + actionId;
    }
}

package uk.gov.halton.planner.exercises;

/** An exercise was created, edited, scheduled, postponed, cancelled or debriefed; {@code status} is its status now. */
public record ExerciseChanged(long exerciseId, ExerciseStatus status) implements ExerciseEvent {

    @Override
    public String reason() {
        return "exercise " + exerciseId + " " + status.label().toLowerCase();
    }
}

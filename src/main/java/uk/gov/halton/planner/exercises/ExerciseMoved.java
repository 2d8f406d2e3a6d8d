package uk.gov.halton.planner.exercises;

import java.time.LocalDateTime;

/** An exercise was moved to new times (Europe/London); a postponed one moved is scheduled again. */
public record ExerciseMoved(long exerciseId, LocalDateTime startsAt, LocalDateTime endsAt, ExerciseStatus status)
        implements ExerciseEvent {

    @Override
    public String reason() {
        return "exercise " + exerciseId + " moved to " + startsAt.toLocalDate();
    }
}

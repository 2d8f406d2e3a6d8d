package uk.gov.halton.planner.exercises;

/**
 * Published by {@link ExerciseService} whenever an exercise is saved (created, edited, moved, postponed, cancelled,
 * held, debriefed); listeners read the exercise again and act only on what changed for them.
 */
public record ExerciseChanged(long exerciseId) {
}

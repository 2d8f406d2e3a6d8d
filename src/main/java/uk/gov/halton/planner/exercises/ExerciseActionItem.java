package uk.gov.halton.planner.exercises;

import java.time.LocalDate;

/** An action from an exercise's debrief: what, who owns it, when it is due, whether it is done. */
public record ExerciseActionItem(
        long id, long exerciseId, String description, String owner, LocalDate dueOn, boolean done) {}

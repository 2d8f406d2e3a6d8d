package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.alerts.DeadlinesChanged;

/**
 * What exercises tells other modules about its exercises, once each change is made. Every one may change the
 * deadlines exercises provides (an exercise's date, a cold debrief owed, an action open), so alerts sweeps again.
 */
public sealed interface ExerciseEvent extends DeadlinesChanged
        permits ExerciseChanged, ExerciseMoved, ExerciseHeld, ExerciseActionChanged {

    long exerciseId();
}

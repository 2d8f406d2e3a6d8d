package uk.gov.halton.planner.exercises;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.domain.Exercise;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.exercises.schedule.JobScheduling;

/**
 * What every exercise write shares: finding the exercise (and refusing a stale edit), the plain-text rules for what
 * people type, and, after a change, keeping the Quartz reminders in step and publishing the change to other modules.
 */
@Component
class ExerciseRecords {

    private final ExerciseRepository exercises;
    private final JobScheduling scheduling;
    private final ApplicationEventPublisher events;
    private final EditConflicts conflicts;

    ExerciseRecords(
            ExerciseRepository exercises,
            JobScheduling scheduling,
            ApplicationEventPublisher events,
            EditConflicts conflicts) {
        this.exercises = exercises;
        this.scheduling = scheduling;
        this.events = events;
        this.conflicts = conflicts;
    }

    Exercise save(Exercise exercise) {
        return exercises.save(exercise);
    }

    Exercise get(long id) {
        return exercises
                .findById(id)
                .orElseThrow(() -> new InvalidInputException("id", "There is no exercise " + id + "."));
    }

    /** The exercise to change, if it is still the version the user opened. */
    Exercise opened(long id, long rowVersion) {
        Exercise exercise = get(id);
        conflicts.check(Exercise.class, id, rowVersion, exercise.getRowVersion());
        return exercise;
    }

    /** After a change that may move its dates or status: an {@link ExerciseChanged}. */
    ExerciseSummary changed(Exercise exercise) {
        exercises.flush(); // the new id, for the event
        return changed(exercise, new ExerciseChanged(exercise.getId(), exercise.getStatus()));
    }

    /** Keeps the exercise's reminders in step and tells other modules (alerts sweeps again once this commits). */
    ExerciseSummary changed(Exercise exercise, ExerciseEvent event) {
        exercises.flush(); // so that the summary carries the new version for the user's next edit
        ExerciseSummary summary = Exercises.summary(exercise);
        scheduling.syncExercise(summary);
        events.publishEvent(event);
        return summary;
    }

    /** After a change that moves no date (a debrief's notes): the new version only. */
    ExerciseSummary saved(Exercise exercise) {
        return Exercises.summary(exercise);
    }

    void publish(ExerciseEvent event) {
        events.publishEvent(event);
    }

    static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}

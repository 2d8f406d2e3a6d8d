package uk.gov.halton.planner.exercises;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.ActionEntity;
import uk.gov.halton.planner.exercises.domain.ActionRepository;
import uk.gov.halton.planner.exercises.domain.Exercise;
import uk.gov.halton.planner.exercises.domain.LessonEntity;
import uk.gov.halton.planner.exercises.domain.LessonRepository;

/** What follows an exercise: the hot and cold debriefs, how the public was told, the lessons and the actions. */
@Component
class ExerciseDebriefs {

    private final ExerciseRecords records;
    private final LessonRepository lessons;
    private final ActionRepository actions;
    private final Clock clock;

    ExerciseDebriefs(ExerciseRecords records, LessonRepository lessons, ActionRepository actions, Clock clock) {
        this.records = records;
        this.lessons = lessons;
        this.actions = actions;
        this.clock = clock;
    }

    ExerciseSummary recordHotDebrief(long id, long rowVersion, String notes) {
        Exercise exercise = records.opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.DEBRIEF);
        exercise.setHotDebrief(TextRules.strip(notes));
        return records.saved(exercise);
    }

    ExerciseSummary recordColdDebrief(long id, long rowVersion, LocalDate on, String notes) {
        Exercise exercise = records.opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.DEBRIEF);
        LocalDate earliest = exercise.getHeldOn().plusDays(ExerciseService.COLD_DEBRIEF_MIN_DAYS);
        LocalDate latest = exercise.getHeldOn().plusDays(ExerciseService.COLD_DEBRIEF_MAX_DAYS);
        if (on == null || on.isBefore(earliest) || on.isAfter(latest)) {
            throw new InvalidInputException(
                    "coldDebriefOn",
                    "A cold debrief is held two to six weeks after the " + "exercise: between " + earliest + " and "
                            + latest + ".");
        }
        DateRules.notFuture("coldDebriefOn", "A cold debrief", on, today());
        exercise.setColdDebriefOn(on);
        exercise.setColdDebrief(TextRules.strip(notes));
        return records.changed(exercise); // the cold debrief prompt is no longer owed
    }

    ExerciseSummary recordPublicInformation(long id, long rowVersion, String howInformed) {
        Exercise exercise = records.opened(id, rowVersion);
        exercise.setPublicInformed(TextRules.strip(howInformed));
        return records.saved(exercise);
    }

    Lesson addLesson(long exerciseId, Lesson.Category category, String planElement, String text) {
        Exercise exercise = records.get(exerciseId);
        exercise.getStatus().next(ExerciseStep.RECORD_LESSONS);
        if (category == null) {
            throw new InvalidInputException("category", "Choose what kind of lesson this is.");
        }
        LessonEntity lesson = lessons.save(new LessonEntity(
                exerciseId,
                category,
                TextRules.strip(planElement),
                TextRules.strip(text),
                today(),
                ExerciseRecords.currentUser()));
        return lesson.toRecord();
    }

    ExerciseActionItem addAction(long exerciseId, String description, String owner, LocalDate dueOn) {
        records.get(exerciseId);
        String what = TextRules.strip(description);
        String who = TextRules.strip(owner);
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "Every action needs a due date.");
        }
        DateRules.check("dueOn", "The due date", dueOn);
        ExerciseActionItem added =
                actions.save(new ActionEntity(exerciseId, what, who, dueOn)).toRecord();
        records.publish(new ExerciseActionChanged(exerciseId, added.id(), false));
        return added;
    }

    ExerciseActionItem setActionDone(long actionId, boolean done) {
        ActionEntity action = actions.findById(actionId)
                .orElseThrow(() -> new InvalidInputException("actionId", "There is no action " + actionId + "."));
        action.setDone(done);
        ExerciseActionItem changed = action.toRecord();
        records.publish(new ExerciseActionChanged(changed.exerciseId(), actionId, done));
        return changed;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package uk.gov.halton.planner.exercises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.Exercise;

/**
 * The life of an exercise from proposed to held (or postponed, or cancelled). Which step is allowed is
 * {@link ExerciseStatus}'s to say; this class applies the step and its own checks (dates, reasons).
 */
@Component
class ExerciseLifeCycle {

    private final ExerciseRecords records;
    private final Clock clock;

    ExerciseLifeCycle(ExerciseRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    ExerciseSummary schedule(long id) {
        Exercise exercise = records.get(id);
        exercise.setStatus(exercise.getStatus().next(ExerciseStep.SCHEDULE));
        exercise.setPostponeReason(null);
        return records.changed(exercise);
    }

    ExerciseSummary move(long id, long rowVersion, LocalDateTime startsAt, LocalDateTime endsAt) {
        Exercise exercise = records.opened(id, rowVersion);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.MOVE);
        ExerciseDrafts.checkTimes(startsAt, endsAt);
        exercise.setStartsAt(startsAt.atZone(PlannerZone.zone()).toInstant());
        exercise.setEndsAt(endsAt.atZone(PlannerZone.zone()).toInstant());
        if (next != exercise.getStatus()) {
            exercise.setStatus(next);
            exercise.setPostponeReason(null);
        }
        return records.changed(exercise, new ExerciseMoved(exercise.getId(), startsAt, endsAt, next));
    }

    ExerciseSummary postpone(long id, String reason) {
        Exercise exercise = records.get(id);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.POSTPONE);
        String why = TextRules.strip(reason);
        exercise.setStatus(next);
        exercise.setPostponeReason(why);
        return records.changed(exercise);
    }

    ExerciseSummary cancel(long id, String reason) {
        Exercise exercise = records.get(id);
        exercise.setStatus(exercise.getStatus().next(ExerciseStep.CANCEL));
        exercise.setCancelReason(TextRules.strip(reason));
        return records.changed(exercise);
    }

    ExerciseSummary markHeld(long id, LocalDate heldOn) {
        Exercise exercise = records.get(id);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.MARK_HELD);
        LocalDate date = exercise.getStartsAt().atZone(PlannerZone.zone()).toLocalDate();
        LocalDate lastDay = exercise.getEndsAt().atZone(PlannerZone.zone()).toLocalDate();
        if (heldOn == null || heldOn.isBefore(date) || heldOn.isAfter(lastDay)) {
            // The held date becomes the plan's last test: a later date would stretch the statutory three years.
            throw new InvalidInputException(
                    "heldOn",
                    "An exercise is held on its date"
                            + (lastDay.equals(date) ? " (" + date + ")." : "s (" + date + " to " + lastDay + ")."));
        }
        DateRules.notFuture("heldOn", "An exercise held", heldOn, LocalDate.now(clock));
        exercise.setStatus(next);
        exercise.setHeldOn(heldOn);
        // Plans hears this and records the test of each plan, in this transaction.
        return records.changed(
                exercise,
                new ExerciseHeld(
                        exercise.getId(), exercise.getName(), heldOn, exercise.planIdList(), exercise.isTestsPlan()));
    }
}

package uk.gov.halton.planner.exercises;

import static uk.gov.halton.planner.exercises.ExerciseStep.CANCEL;
import static uk.gov.halton.planner.exercises.ExerciseStep.DEBRIEF;
import static uk.gov.halton.planner.exercises.ExerciseStep.EDIT;
import static uk.gov.halton.planner.exercises.ExerciseStep.MARK_HELD;
import static uk.gov.halton.planner.exercises.ExerciseStep.MOVE;
import static uk.gov.halton.planner.exercises.ExerciseStep.POSTPONE;
import static uk.gov.halton.planner.exercises.ExerciseStep.RECORD_LESSONS;
import static uk.gov.halton.planner.exercises.ExerciseStep.SCHEDULE;

import java.util.EnumSet;
import java.util.Set;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Where an exercise stands, and what may happen to it next: the one place the life cycle is written down. The
 * service checks a step with {@link #next(ExerciseStep)}; views show a step's button only when {@link #allows} it.
 * A proposed exercise is scheduled (or moved, postponed, cancelled); a scheduled one is held, moved, postponed or
 * cancelled; a postponed one is scheduled again (moving it to a new date does that too) or cancelled; a held one
 * gets its debriefs and lessons; a cancelled one is finished.
 */
public enum ExerciseStatus {
    PROPOSED("Proposed", EnumSet.of(EDIT, SCHEDULE, MOVE, POSTPONE, CANCEL)),
    SCHEDULED("Scheduled", EnumSet.of(EDIT, MARK_HELD, MOVE, POSTPONE, CANCEL)),
    HELD("Held", EnumSet.of(DEBRIEF, RECORD_LESSONS)),
    POSTPONED("Postponed", EnumSet.of(EDIT, SCHEDULE, MOVE, CANCEL)),
    CANCELLED("Cancelled", EnumSet.noneOf(ExerciseStep.class));

    private final String label;
    private final Set<ExerciseStep> allowed;

    ExerciseStatus(String label, Set<ExerciseStep> allowed) {
        this.label = label;
        this.allowed = allowed;
    }

    public String label() {
        return label;
    }

    /** Still going ahead (counts towards the programme). */
    public boolean active() {
        return this == PROPOSED || this == SCHEDULED || this == HELD;
    }

    public boolean allows(ExerciseStep step) {
        return allowed.contains(step);
    }

    /**
     * The status after {@code step}, or a field error on "status" when this status does not allow it. Moving a
     * postponed exercise to a new date schedules it again.
     */
    public ExerciseStatus next(ExerciseStep step) {
        if (!allows(step)) {
            throw new InvalidInputException(
                    "status",
                    step == EDIT
                            ? "A " + label.toLowerCase()
                                    + " exercise cannot be changed; record debriefs and lessons instead."
                            : "A " + label.toLowerCase() + " exercise cannot be " + step.done() + ".");
        }
        return switch (step) {
            case SCHEDULE -> SCHEDULED;
            case MOVE -> this == POSTPONED ? SCHEDULED : this;
            case POSTPONE -> POSTPONED;
            case CANCEL -> CANCELLED;
            case MARK_HELD -> HELD;
            case EDIT, DEBRIEF, RECORD_LESSONS -> this;
        };
    }
}

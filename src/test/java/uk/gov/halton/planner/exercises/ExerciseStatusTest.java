package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.halton.planner.exercises.ExerciseStatus.CANCELLED;
import static uk.gov.halton.planner.exercises.ExerciseStatus.HELD;
import static uk.gov.halton.planner.exercises.ExerciseStatus.POSTPONED;
import static uk.gov.halton.planner.exercises.ExerciseStatus.PROPOSED;
import static uk.gov.halton.planner.exercises.ExerciseStatus.SCHEDULED;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.InvalidInputException;

/** The life cycle as written on {@link ExerciseStatus}: what each status allows and where each step leads. */
class ExerciseStatusTest {

    @Test
    void eachStatusAllowsItsStepsAndNoOthers() {
        assertThat(allowed(PROPOSED))
                .containsExactlyInAnyOrder(
                        ExerciseStep.EDIT,
                        ExerciseStep.SCHEDULE,
                        ExerciseStep.MOVE,
                        ExerciseStep.POSTPONE,
                        ExerciseStep.CANCEL);
        assertThat(allowed(SCHEDULED))
                .containsExactlyInAnyOrder(
                        ExerciseStep.EDIT,
                        ExerciseStep.MARK_HELD,
                        ExerciseStep.MOVE,
                        ExerciseStep.POSTPONE,
                        ExerciseStep.CANCEL);
        assertThat(allowed(POSTPONED))
                .containsExactlyInAnyOrder(
                        ExerciseStep.EDIT, ExerciseStep.SCHEDULE, ExerciseStep.MOVE, ExerciseStep.CANCEL);
        assertThat(allowed(HELD)).containsExactlyInAnyOrder(ExerciseStep.DEBRIEF, ExerciseStep.RECORD_LESSONS);
        assertThat(allowed(CANCELLED)).isEmpty();
    }

    @Test
    void eachStepLeadsToItsStatusAndMovingAPostponedExerciseSchedulesIt() {
        assertThat(PROPOSED.next(ExerciseStep.SCHEDULE)).isEqualTo(SCHEDULED);
        assertThat(POSTPONED.next(ExerciseStep.SCHEDULE)).isEqualTo(SCHEDULED);
        assertThat(SCHEDULED.next(ExerciseStep.MARK_HELD)).isEqualTo(HELD);
        assertThat(SCHEDULED.next(ExerciseStep.POSTPONE)).isEqualTo(POSTPONED);
        assertThat(PROPOSED.next(ExerciseStep.CANCEL)).isEqualTo(CANCELLED);
        assertThat(POSTPONED.next(ExerciseStep.MOVE)).isEqualTo(SCHEDULED);
        assertThat(PROPOSED.next(ExerciseStep.MOVE)).isEqualTo(PROPOSED);
        assertThat(HELD.next(ExerciseStep.DEBRIEF)).isEqualTo(HELD);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefusedOnTheStatusFieldInWords() {
        assertThatThrownBy(() -> HELD.next(ExerciseStep.MOVE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A held exercise cannot be moved.")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("status"));
        assertThatThrownBy(() -> CANCELLED.next(ExerciseStep.EDIT))
                .hasMessage("A cancelled exercise cannot be changed; record debriefs and lessons instead.");
        assertThatThrownBy(() -> PROPOSED.next(ExerciseStep.MARK_HELD))
                .hasMessage("A proposed exercise cannot be marked held.");
    }

    @Test
    void aProposalIsDecidedOnceOnly() {
        assertThat(ProposalState.OPEN.decide(true)).isEqualTo(ProposalState.ACCEPTED);
        assertThat(ProposalState.OPEN.decide(false)).isEqualTo(ProposalState.REJECTED);
        assertThatThrownBy(() -> ProposalState.ACCEPTED.decide(false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("This proposal was already accepted.");
        assertThatThrownBy(ProposalState.REJECTED::requireOpen).hasMessage("This proposal was already rejected.");
    }

    private static EnumSet<ExerciseStep> allowed(ExerciseStatus status) {
        EnumSet<ExerciseStep> steps = EnumSet.noneOf(ExerciseStep.class);
        for (ExerciseStep step : ExerciseStep.values()) {
            if (status.allows(step)) {
                steps.add(step);
            }
        }
        return steps;
    }
}

package uk.gov.halton.planner.exercises;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.ElementResultEntity;
import uk.gov.halton.planner.exercises.domain.ElementResults;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.PlanElementService;

/** Which plan elements an exercise tests, per plan, and how well. Planners and administrators record them. */
@Service
@Validated
@Transactional(readOnly = true)
public class ElementMarkService {

    private final ElementResults results;
    private final ExerciseService exercises;
    private final PlanElementService elements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ElementMarkService(
            ElementResults results,
            ExerciseService exercises,
            PlanElementService elements,
            ApplicationEventPublisher events,
            Clock clock) {
        this.results = results;
        this.exercises = exercises;
        this.elements = elements;
        this.events = events;
        this.clock = clock;
    }

    public List<ElementMark> marks(long exerciseId) {
        return results.findByExerciseIdOrderById(exerciseId).stream()
                .map(ElementResultEntity::toRecord)
                .toList();
    }

    /**
     * The elements the exercise tests with their results, in one line for a table cell, a calendar entry or an
     * export: "Setting the plan in motion (Met); Media (Partly met)", the plan named when it tests several. Empty
     * when none is marked.
     */
    public String testedText(long exerciseId) {
        return ElementMark.text(marks(exerciseId));
    }

    /** Every mark of any exercise on the plan's elements. */
    public List<ElementMark> marksForPlan(String planId) {
        return results.findByPlanId(planId).stream()
                .map(ElementResultEntity::toRecord)
                .toList();
    }

    /** Records (or changes) that the exercise tests the element of the plan, with the result so far and a note. */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public ElementMark mark(
            long exerciseId,
            String planId,
            String elementKey,
            ElementResult result,
            @Size(max = 1000) @PlainText("The note") String note) {
        ExerciseSummary exercise = exercises
                .find(exerciseId)
                .orElseThrow(() -> new InvalidInputException("id", "There is no exercise " + exerciseId + "."));
        if (exercise.status() == ExerciseStatus.CANCELLED) {
            throw new InvalidInputException("status", "A cancelled exercise tests nothing.");
        }
        if (!exercise.planIds().contains(planId)) {
            throw new InvalidInputException("planId", "This exercise does not test the plan '" + planId + "'.");
        }
        PlanElement element = elements.elements(planId).stream()
                .filter(e -> e.key().equals(elementKey))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("element", "Choose one of the plan's elements."));
        if (result == null) {
            throw new InvalidInputException("result", "Choose how well it was met (or 'To be tested').");
        }
        if (result != ElementResult.TO_BE_TESTED && exercise.status() != ExerciseStatus.HELD) {
            throw new InvalidInputException(
                    "result",
                    "Record met, partly met or not met once the exercise is held; "
                            + "until then it is 'To be tested'.");
        }
        String text = TextRules.strip(note);
        ElementResultEntity entity = results.findByExerciseIdAndPlanIdAndElementKey(exerciseId, planId, elementKey)
                .orElseGet(() -> new ElementResultEntity(exerciseId, planId, elementKey));
        entity.record(element.title(), result, text, ExerciseService.currentUser(), clock.instant());
        ElementMark saved = results.saveAndFlush(entity).toRecord();
        events.publishEvent(new ElementMarksChanged(planId));
        return saved;
    }

    /** The exercise no longer tests the element. */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public void unmark(long exerciseId, String planId, String elementKey) {
        results.findByExerciseIdAndPlanIdAndElementKey(exerciseId, planId, elementKey)
                .ifPresent(results::delete);
        events.publishEvent(new ElementMarksChanged(planId));
    }
}

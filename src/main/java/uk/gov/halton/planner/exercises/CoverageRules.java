package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.TestCycle;

/**
 * The written rule for plan element coverage. An element in use is proven for the cycle when an exercise held in the
 * plan's current test cycle (COMAH 2015 reg 14: tested within three years) recorded it met or partly met. Every other
 * element in use is flagged while the cycle's dates are known, so that it can be tested before the plan's test falls
 * due. A pure function: no database, no clock.
 */
public final class CoverageRules {

    public static final String NOT_TESTED = "Not tested in this cycle";
    public static final String NOT_MET = "Not met when tested in this cycle: test again";
    public static final String AWAITING_RESULT = "Held, but no result recorded";

    private CoverageRules() {}

    /** One exercise's mark on an element, with the exercise's day and whether it was held. */
    public record Evidence(ElementCoverage.Column exercise, String elementKey, ElementResult result) {}

    public static ElementCoverage matrix(
            String planId,
            String title,
            TestCycle cycle,
            List<PlanElement> elements,
            List<ElementCoverage.Column> exercises,
            List<Evidence> evidence) {
        List<ElementCoverage.Column> columns = exercises.stream()
                .filter(c -> c.status() != ExerciseStatus.CANCELLED && cycle.contains(c.date()))
                .sorted(Comparator.comparing(ElementCoverage.Column::date))
                .toList();
        List<ElementCoverage.Row> rows =
                elements.stream().map(e -> row(e, cycle, columns, evidence)).toList();
        return new ElementCoverage(planId, title, cycle, columns, rows);
    }

    private static ElementCoverage.Row row(
            PlanElement element, TestCycle cycle, List<ElementCoverage.Column> columns, List<Evidence> evidence) {
        List<Evidence> mine = evidence.stream()
                .filter(v -> v.elementKey().equals(element.key()))
                .toList();
        Map<Long, ElementResult> byExercise = new HashMap<>();
        mine.forEach(v -> byExercise.put(v.exercise().exerciseId(), v.result()));
        Map<Long, ElementResult> cells = new LinkedHashMap<>();
        columns.forEach(c -> {
            if (byExercise.containsKey(c.exerciseId())) {
                cells.put(c.exerciseId(), byExercise.get(c.exerciseId()));
            }
        });
        Evidence last = mine.stream()
                .filter(v -> v.exercise().status() == ExerciseStatus.HELD && v.result() != ElementResult.TO_BE_TESTED)
                .max(Comparator.comparing(v -> v.exercise().date()))
                .orElse(null);
        List<Evidence> heldInCycle = mine.stream()
                .filter(v -> v.exercise().status() == ExerciseStatus.HELD
                        && cycle.contains(v.exercise().date()))
                .toList();
        String flag = null;
        if (!element.retired()
                && cycle.known()
                && heldInCycle.stream().noneMatch(v -> v.result().proves())) {
            if (heldInCycle.stream().anyMatch(v -> v.result() == ElementResult.NOT_MET)) {
                flag = NOT_MET;
            } else if (!heldInCycle.isEmpty()) {
                flag = AWAITING_RESULT;
            } else {
                flag = NOT_TESTED;
            }
        }
        return new ElementCoverage.Row(
                element,
                cells,
                last == null ? null : last.exercise().date(),
                last == null ? null : last.result(),
                flag);
    }

    /** The day an exercise counts on: the day it was held, or its planned day. */
    public static LocalDate day(ExerciseSummary e) {
        return e.heldOn() != null ? e.heldOn() : e.date();
    }
}

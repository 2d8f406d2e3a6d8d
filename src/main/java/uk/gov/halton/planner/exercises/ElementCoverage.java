package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.TestCycle;

/**
 * A plan's coverage matrix: its elements (rows) by the exercises of its current test cycle (columns), each
 * element's last test, and a flag on each element in use that no held exercise of the cycle has proven (met or
 * partly met) yet.
 */
public record ElementCoverage(String planId, String planTitle, TestCycle cycle, List<Column> columns, List<Row> rows) {

    /** An exercise of the cycle. {@code date} is the day it was held, or its date while it is still to come. */
    public record Column(long exerciseId, String name, LocalDate date, ExerciseStatus status) {}

    /**
     * One element: its result per exercise of the cycle (by exercise id), its last test at any time (null if never)
     * with that result, and why it is flagged (null when it is not).
     */
    public record Row(
            PlanElement element,
            Map<Long, ElementResult> results,
            LocalDate lastTested,
            ElementResult lastResult,
            String flag) {

        public boolean flagged() {
            return flag != null;
        }
    }

    public List<Row> flagged() {
        return rows.stream().filter(Row::flagged).toList();
    }
}

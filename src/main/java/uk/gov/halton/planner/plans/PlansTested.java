package uk.gov.halton.planner.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by another module's event that means plans were tested: an exercise held as a test of its plans.
 * Plans listens for this type and records the test, so the module that held it publishes its own event and never
 * writes into plans.
 */
public interface PlansTested {

    /** The plans tested; empty when the exercise did not count as a test. */
    List<String> testedPlanIds();

    LocalDate testedOn();

    /** The exercise that tested them. */
    long exerciseId();

    /** The note kept with each test, e.g. "Exercise: Runcorn Site table-top". */
    String testNote();
}

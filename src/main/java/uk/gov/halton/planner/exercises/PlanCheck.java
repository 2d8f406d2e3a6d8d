package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.plans.PlanSummary;

/** Whether a plan will be tested before its next test is due, and by which exercise. */
public record PlanCheck(PlanSummary plan, ComplianceState state, String message, ExerciseSummary nextExercise) {}

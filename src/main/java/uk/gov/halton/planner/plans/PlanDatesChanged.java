package uk.gov.halton.planner.plans;

/** Published when a plan's dates (or a site's mailing dates) change, so that schedulers can follow. */
public record PlanDatesChanged(String planId) {
}

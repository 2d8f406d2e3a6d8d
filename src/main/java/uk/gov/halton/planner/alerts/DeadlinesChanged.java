package uk.gov.halton.planner.alerts;

/** Published by a planning module after it changed deadlines: alerts sweeps again once the change commits. */
public record DeadlinesChanged(String reason) {
}

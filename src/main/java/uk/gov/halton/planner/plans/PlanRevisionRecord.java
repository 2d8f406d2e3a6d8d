package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/** One entry in a plan's revision history. */
public record PlanRevisionRecord(
        long id, String planId, String version, LocalDate revisedOn, String summary, String revisedBy) {}

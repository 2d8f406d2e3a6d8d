package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.base.FinancialYear;

import java.time.Instant;

/** A manager's approval of a year's programme: who and when. */
public record ProgrammeApproval(FinancialYear year, String approvedBy, Instant approvedAt, String note) {
}

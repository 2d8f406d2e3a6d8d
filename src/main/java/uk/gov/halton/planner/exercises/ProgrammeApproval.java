package uk.gov.halton.planner.exercises;

import java.time.Instant;
import uk.gov.halton.planner.base.FinancialYear;

/** A manager's approval of a year's programme: who and when. */
public record ProgrammeApproval(FinancialYear year, String approvedBy, Instant approvedAt, String note) {}

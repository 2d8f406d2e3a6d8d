package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.base.FinancialYear;

/**
 * Published by the daily sweep when a financial year has no COMAH exercise held or scheduled (milestone PPT 06)
 * and its end is within {@code thresholdDays}.
 */
public record ProgrammeAtRisk(FinancialYear financialYear, String message, int thresholdDays) {
}

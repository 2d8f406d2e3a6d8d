package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.base.FinancialYear;

/** PPT 06 for one financial year: at least one exercise of the COMAH plans. */
public record YearCompliance(
        FinancialYear year, ComplianceState state, String message, long held, long scheduled, long proposed) {}

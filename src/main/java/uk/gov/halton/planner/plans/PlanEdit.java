package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/**
 * What a planner may change on a plan's record, and the row version of the record they opened. Tests and reviews are
 * recorded as history of their own; the next test and review due may be brought forward from the statutory dates,
 * never put back.
 */
public record PlanEdit(String title, String version, String owner, String lifecycle, LocalDate preparedOn,
                       LocalDate nextReviewDue, LocalDate nextTestDue,
                       LocalDate operatorInfoReceived, boolean extensionAgreed, String extensionReference,
                       String notes, long rowVersion) {
}

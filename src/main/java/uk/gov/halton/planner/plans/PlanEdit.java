package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/** What a planner may change on a plan's record, and the row version of the record they opened. */
public record PlanEdit(String title, String version, String owner, String lifecycle, LocalDate preparedOn,
                       LocalDate lastReviewed, LocalDate nextReviewDue, LocalDate nextTestDue,
                       LocalDate operatorInfoReceived, boolean extensionAgreed, String extensionReference,
                       String notes, long rowVersion) {
}

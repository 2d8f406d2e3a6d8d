package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.plans.DeadlineKind;

import java.time.LocalDate;

/**
 * Published by the scheduled jobs when a deadline comes within {@code thresholdDays} (180, 30, or 0 = due or
 * overdue). {@code itemId} is the plan id, or the site id for a public information mailing.
 */
public record DeadlineApproaching(DeadlineKind kind, String planId, String itemId, String title, LocalDate dueDate,
                                  int thresholdDays) {
}

package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/**
 * One date by which something must be done. {@code itemId} is the plan id, or the site id for a public information
 * mailing; {@code title} says what it is for people.
 */
public record Deadline(DeadlineKind kind, String planId, String itemId, String title, LocalDate dueDate) {

    /** Days from {@code today} to the due date; negative when overdue. */
    public long daysFrom(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
    }
}

package uk.gov.halton.planner.alerts;

import java.time.Instant;
import java.time.LocalDate;

/** One alert as its recipient sees it. */
public record AlertItem(
        long notificationId,
        long alertId,
        DeadlineKind kind,
        String title,
        String link,
        LocalDate dueDate,
        String threshold,
        Instant createdAt,
        Instant readAt,
        Instant acknowledgedAt,
        boolean superseded) {

    public boolean unread() {
        return readAt == null && acknowledgedAt == null && !superseded;
    }

    /** The time left as of {@code today} ("due in 11 days", "overdue by 3 days"), or why the alert was withdrawn. */
    public String describe(LocalDate today) {
        return superseded
                ? "withdrawn: the deadline moved or the item is done"
                : uk.gov.halton.planner.base.Dates.timeLeft(dueDate, today) + Threshold.escalation(threshold);
    }
}

package uk.gov.halton.planner.exercises;

import java.time.Instant;
import java.time.LocalDate;

/** One event that a scheduled job published, as recorded for administrators (and for the alerts module). */
public record ScheduledEvent(long id, String kind, String itemId, LocalDate dueOn, int thresholdDays, String title,
                             String message, Instant recordedAt) {
}

package uk.gov.halton.planner.alerts;

import java.util.Set;

/**
 * A reminder at a time of day that a module's scheduled job decided on ("exercise tomorrow", "the cold debrief window
 * opens"), about one of the deadlines that module provides: {@code deadline} is the same one its
 * {@link DeadlineProvider} lists, so the reminder is withdrawn with the deadline's other alerts when the item moves or
 * is done. {@code note} is the sentence that leads the email; {@code people} are told besides the subscribers of the
 * deadline's subjects.
 */
public record Reminder(Deadline deadline, String note, Set<String> people) {}

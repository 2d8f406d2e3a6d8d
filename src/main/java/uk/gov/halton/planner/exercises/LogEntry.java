package uk.gov.halton.planner.exercises;

import java.time.ZonedDateTime;

/** An observation or decision logged on the day, time stamped (Europe/London). */
public record LogEntry(long id, long exerciseId, Kind kind, String text, ZonedDateTime loggedAt, String loggedBy) {

    public enum Kind {
        OBSERVATION("Observation"),
        DECISION("Decision");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

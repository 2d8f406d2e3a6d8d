package uk.gov.halton.planner.exercises;

import java.time.LocalDate;

/** A lesson identified by an exercise, as exported to Joint Organisational Learning. */
public record Lesson(
        long id,
        long exerciseId,
        Category category,
        String planElement,
        String text,
        LocalDate recordedOn,
        String recordedBy) {

    public enum Category {
        WENT_WELL("What went well"),
        DID_NOT_GO_WELL("What did not go well"),
        LEARNING_POINT("Learning point");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package uk.gov.halton.planner.exercises;

import java.time.Duration;
import java.util.List;

/** A type of exercise, from one file in exercise-templates/. */
public record ExerciseTemplate(
        String type,
        String name,
        String purpose,
        Duration usualDuration,
        boolean discussionBased,
        List<String> objectives,
        List<String> agencies,
        List<Step> outline,
        List<String> debriefChecklist,
        String sourceFile) {

    /** One step of the inject or agenda outline: an offset from the start ("HH:MM") and what happens. */
    public record Step(String at, String item) {}
}

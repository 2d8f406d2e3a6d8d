package uk.gov.halton.planner.exercises;

import java.time.LocalDateTime;
import java.util.List;

/** What a planner enters for an exercise. Times are local to Europe/London. */
public record ExerciseDraft(String name, String templateType, List<String> planIds, String planElements,
                            LocalDateTime startsAt, LocalDateTime endsAt, String location, List<String> agencies,
                            String objectives, String scenario, boolean testsPlan) {
}

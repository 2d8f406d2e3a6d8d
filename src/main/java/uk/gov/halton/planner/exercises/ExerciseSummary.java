package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An exercise as other modules and views see it; times are in Europe/London. {@code rowVersion} is the record's
 * version, which an edit passes back to say which version it was made from.
 */
public record ExerciseSummary(
        long id,
        String name,
        String templateType,
        ExerciseStatus status,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String location,
        List<String> agencies,
        List<String> planIds,
        boolean testsPlan,
        String objectives,
        String scenario,
        String postponeReason,
        String cancelReason,
        LocalDate heldOn,
        String hotDebrief,
        LocalDate coldDebriefOn,
        String coldDebrief,
        String publicInformed,
        String createdBy,
        long rowVersion) {

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    /** Counts as an exercise of the COMAH plans: it tests at least one off-site plan and is going ahead. */
    public boolean comah() {
        return testsPlan && !planIds.isEmpty() && status.active();
    }
}

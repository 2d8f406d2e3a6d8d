package uk.gov.halton.planner.exercises;

import java.time.ZonedDateTime;

/** Published the day before a scheduled exercise. */
public record ExerciseTomorrow(long exerciseId, String name, ZonedDateTime startsAt, String location) {
}

package uk.gov.halton.planner.exercises;

import java.time.ZonedDateTime;

/**
 * One inject of an exercise's timeline: the planned clock time on the day ("09:30"), what is put in, to whom, the
 * response expected, and when it was delivered and by whom (null until then; Europe/London).
 */
public record Inject(
        long id,
        long exerciseId,
        int position,
        String plannedAt,
        String inject,
        String toWhom,
        String expected,
        ZonedDateTime deliveredAt,
        String deliveredBy) {

    public boolean delivered() {
        return deliveredAt != null;
    }
}

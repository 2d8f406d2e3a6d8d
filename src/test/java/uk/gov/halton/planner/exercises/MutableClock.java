package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.Application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock tests can move; it follows the system clock until told otherwise. */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return Application.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void setDate(LocalDate date) {
        fixed = date.atTime(LocalTime.NOON).atZone(Application.LONDON).toInstant();
    }

    public void reset() {
        fixed = null;
    }
}

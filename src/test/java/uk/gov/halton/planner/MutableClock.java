package uk.gov.halton.planner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * A clock that tests move by hand, so that no test waits for a real date. It follows the system clock until a test
 * sets it; its zone is Europe/London.
 */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public MutableClock() {}

    public MutableClock(Instant now) {
        this.fixed = now;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    /** Noon, London time, on the date. */
    public void setDate(LocalDate date) {
        fixed = date.atTime(LocalTime.NOON).atZone(PlannerZone.zone()).toInstant();
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Today in Europe/London. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), getZone());
    }

    /** Back to following the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return PlannerZone.zone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}

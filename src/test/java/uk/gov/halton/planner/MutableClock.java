package uk.gov.halton.planner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock that tests move by hand, so that no test waits for a real date. */
public class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Noon, London time, on the date. */
    public void setDate(LocalDate date) {
        now = date.atTime(12, 0).atZone(Application.LONDON).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return MutableClock.this.withZone(again);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}

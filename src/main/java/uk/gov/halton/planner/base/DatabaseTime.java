package uk.gov.halton.planner.base;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as JDBC parameters: PostgreSQL's driver cannot bind an Instant, an OffsetDateTime in UTC it can. */
public final class DatabaseTime {

    private DatabaseTime() {}

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

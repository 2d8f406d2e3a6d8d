package uk.gov.halton.planner.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's zone and clock, from {@code planner.time-zone}. Every module takes time from the clock (so that
 * tests can move through dates) and the zone from {@link #zone()}; code that formats a moment without a bean at hand
 * (a formatter, a record) asks here too, so no module names a zone of its own.
 */
@Configuration(proxyBeanMethods = false)
public class PlannerZone {

    private static volatile ZoneId zone = ZoneId.of(PlannerProperties.DEFAULT_ZONE);

    private final PlannerProperties properties;

    PlannerZone(PlannerProperties properties) {
        this.properties = properties;
        zone = properties.zone();
    }

    /** The zone dates and times are taken and shown in: planner.time-zone, Europe/London. */
    public static ZoneId zone() {
        return zone;
    }

    @Bean
    Clock clock() {
        return Clock.system(properties.zone());
    }
}

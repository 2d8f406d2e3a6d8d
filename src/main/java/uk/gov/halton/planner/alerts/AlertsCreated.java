package uk.gov.halton.planner.alerts;

import java.util.Set;

/** Published when new alerts were committed for these users (the bells update live). */
public record AlertsCreated(Set<String> usernames) {
}

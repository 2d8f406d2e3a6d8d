package uk.gov.halton.planner.alerts;

import java.util.Set;

/** Published when alerts were made or withdrawn for these users, once committed (their bells update live). */
public record AlertsCreated(Set<String> usernames) {}

/**
 * Alerts for managers and planners before every deadline the planning modules know, exactly once, in the app and
 * by email. Modules tell alerts their deadlines by implementing {@link uk.gov.halton.planner.alerts.DeadlineProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package uk.gov.halton.planner.alerts;

package uk.gov.halton.planner.plans;

import uk.gov.halton.planner.alerts.DeadlinesChanged;

/** Published when a plan's dates (or a site's mailing dates) change: alerts and the calendar feed follow. */
public record PlanDatesChanged(String planId) implements DeadlinesChanged {

    @Override
    public String reason() {
        return "plan " + planId;
    }
}

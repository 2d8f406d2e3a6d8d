package uk.gov.halton.planner.alerts;

import java.util.List;

/** Implemented by the planning modules: the deadlines they hold now. */
public interface DeadlineProvider {

    List<Deadline> openDeadlines();

    /** Labels of the subjects this provider's deadlines carry, for the subscription settings. */
    default java.util.Map<String, String> subjects() {
        return java.util.Map.of();
    }
}

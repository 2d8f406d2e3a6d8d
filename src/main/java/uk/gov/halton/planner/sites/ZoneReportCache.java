package uk.gov.halton.planner.sites;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The last zone analysis, until a site changes (committed or rolled back) or the geodata is reloaded. A clear during
 * a calculation wins: what that calculation read may be from before the change, so it is returned to its caller but
 * not kept.
 */
@org.springframework.stereotype.Component
class ZoneReportCache {

    private Map<String, ZoneReport> reports;
    private long generation;

    Map<String, ZoneReport> get(Supplier<Map<String, ZoneReport>> analysis) {
        long started;
        synchronized (this) {
            if (reports != null) {
                return reports;
            }
            started = generation;
        }
        Map<String, ZoneReport> fresh = analysis.get();
        synchronized (this) {
            if (generation == started) {
                reports = fresh;
            }
        }
        return fresh;
    }

    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMPLETION,
            fallbackExecution = true)
    void siteChanged(SiteChanged change) {
        clear();
    }

    synchronized void clear() {
        reports = null;
        generation++;
    }
}

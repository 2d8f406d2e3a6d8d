package uk.gov.halton.planner.sites;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The last zone analysis, until it is cleared. A clear during a calculation wins: what that calculation read may be
 * from before the change, so it is returned to its caller but not kept.
 */
final class ZoneReportCache {

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

    synchronized void clear() {
        reports = null;
        generation++;
    }
}

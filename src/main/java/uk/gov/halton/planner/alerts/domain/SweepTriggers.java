package uk.gov.halton.planner.alerts.domain;

import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.DeadlinesChanged;
import uk.gov.halton.planner.base.StartupTask;

/**
 * Sweeps at start-up (after the reference data) and whenever a module says its deadlines changed. The change is
 * handled after its transaction commits, on another thread, so a planner's save does not wait for the sweep; the
 * event publication registry keeps the event in the database until the sweep has run, so a node killed in between
 * sweeps again when it restarts.
 */
@Component
@Order(40)
class SweepTriggers implements StartupTask {

    private final AlertSweep sweep;

    SweepTriggers(AlertSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void runAtStartup() {
        sweep.run();
    }

    @ApplicationModuleListener
    void deadlinesChanged(DeadlinesChanged event) {
        sweep.runCovering();
    }
}

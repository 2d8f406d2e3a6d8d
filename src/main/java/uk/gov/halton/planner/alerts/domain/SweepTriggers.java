package uk.gov.halton.planner.alerts.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.gov.halton.planner.alerts.DeadlinesChanged;

/** Sweeps at start-up (after the reference data) and whenever a module says its deadlines changed. */
@Component
@Order(40)
class SweepTriggers implements ApplicationRunner {

    private final AlertSweep sweep;

    SweepTriggers(AlertSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void run(ApplicationArguments args) {
        sweep.run();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deadlinesChanged(DeadlinesChanged event) {
        sweep.run();
    }
}

package uk.gov.halton.planner.alerts.domain;

import java.util.Date;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import uk.gov.halton.planner.alerts.DeadlinesChanged;
import uk.gov.halton.planner.base.StartupTask;

/**
 * Sweeps at start-up (after the reference data) and whenever a module says its deadlines changed, through a Quartz
 * one-shot trigger for the sweep job, due now: the sweep runs on a Quartz thread of whichever node takes it, never
 * on the thread (or the Vaadin UI) that saved the change. The change is handled after its transaction commits; the
 * event publication registry keeps the event until the trigger is stored, so a node killed in between schedules it
 * when it restarts. Changes are coalesced: while a sweep trigger waits to fire, it will read every change committed
 * so far, so no second one is added; once it has fired, the next change adds a new one.
 */
@Component
@Order(40)
public class SweepTriggers implements StartupTask {

    static final String GROUP = "alerts-sweep-soon";

    private final Scheduler scheduler;

    SweepTriggers(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void runAtStartup() {
        sweepSoon("start-up");
    }

    /**
     * Outside a transaction: Quartz's store would join it, and the scheduler, woken before the commit, would not see
     * the trigger until its next idle poll (about 30 s).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void deadlinesChanged(DeadlinesChanged event) {
        sweepSoon(event.reason());
    }

    /** A sweep as soon as Quartz can, unless one is waiting already. */
    public void sweepSoon(String reason) {
        try {
            if (aSweepIsWaiting()) {
                return;
            }
            Trigger now = TriggerBuilder.newTrigger()
                    .withIdentity(TriggerKey.triggerKey(UUID.randomUUID().toString(), GROUP))
                    .forJob(AlertJobs.SWEEP_JOB)
                    .withDescription("Alert sweep after a change: " + cut(reason))
                    .startAt(new Date())
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            scheduler.scheduleJob(now);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the alert sweep after " + reason, e);
        }
    }

    /** Waiting (or acquired, or blocked behind a running sweep) means it has not read the data yet. */
    private boolean aSweepIsWaiting() throws SchedulerException {
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            Trigger.TriggerState state = scheduler.getTriggerState(key);
            if (state == Trigger.TriggerState.NORMAL || state == Trigger.TriggerState.BLOCKED) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String reason) {
        String text = String.valueOf(reason);
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}

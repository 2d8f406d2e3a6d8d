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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
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

    /** A trigger group that is never used: resumed only to wake the scheduler thread (see {@link #wake}). */
    private static final String WAKE_GROUP = "alerts-wake";

    private final Scheduler scheduler;
    private final TransactionTemplate ownTransaction;

    SweepTriggers(Scheduler scheduler, PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void runAtStartup() {
        sweepSoon("start-up");
    }

    /** After the change's transaction has committed (see {@link #sweepSoon}). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void deadlinesChanged(DeadlinesChanged event) {
        sweepSoon(event.reason());
    }

    /**
     * A sweep as soon as Quartz can, unless one is waiting already. The trigger is stored in a transaction of its own:
     * Spring's job store joins the caller's transaction, and without one it wrote each of a trigger's rows in a commit
     * of its own, so that the scheduler thread could read a trigger half-stored; it then failed to acquire triggers
     * and, twice so, fired nothing for 15 seconds. Quartz wakes its scheduler thread when the trigger is stored, before
     * the commit, so it is woken again once the trigger can be read (else the sweep waited for the thread's next idle
     * poll, about 30 s).
     */
    public void sweepSoon(String reason) {
        if (Boolean.TRUE.equals(ownTransaction.execute(status -> store(reason)))) {
            wake();
        }
    }

    /** Whether a trigger was stored. */
    private boolean store(String reason) {
        try {
            if (aSweepIsWaiting()) {
                return false;
            }
            scheduler.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(TriggerKey.triggerKey(UUID.randomUUID().toString(), GROUP))
                    .forJob(AlertJobs.SWEEP_JOB)
                    .withDescription("Alert sweep after a change: " + cut(reason))
                    .startAt(new Date())
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the alert sweep after " + reason, e);
        }
    }

    /**
     * Quartz wakes its scheduler thread whenever triggers are resumed. Resuming a group that never holds a trigger
     * changes nothing, unlike resuming the new trigger itself: that applies the misfire rule to it, and failed on a
     * trigger that had fired in between.
     */
    private void wake() {
        try {
            scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(WAKE_GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot wake the scheduler for the alert sweep", e);
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

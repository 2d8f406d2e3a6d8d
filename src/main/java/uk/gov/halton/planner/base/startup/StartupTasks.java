package uk.gov.halton.planner.base.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.StartupTask;

/**
 * Runs every {@link StartupTask} in order while the context starts, in a lifecycle phase after the scheduler's
 * ({@link #SCHEDULER_PHASE}) and before the web server's (Spring Boot starts it at {@code DEFAULT_PHASE - 2048}).
 */
@Component
class StartupTasks implements SmartLifecycle {

    /** Quartz's scheduler starts here (see SchedulerPhase), before the tasks, which install its jobs. */
    static final int SCHEDULER_PHASE = DEFAULT_PHASE - 8192;

    static final int PHASE = DEFAULT_PHASE - 4096;

    private final ObjectProvider<StartupTask> tasks;
    private volatile boolean done;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void start() {
        if (!done) {
            tasks.orderedStream().forEach(StartupTask::runAtStartup);
            done = true;
        }
    }

    @Override
    public void stop() {
        // Nothing to undo; the tasks are not run again on a restart of the same context.
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}

package uk.gov.halton.planner.base.startup;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.stereotype.Component;

/**
 * Starts Quartz's scheduler before the startup tasks and so before the web server: by default it starts last, after
 * the server already answers requests.
 */
@Component
class SchedulerPhase implements SchedulerFactoryBeanCustomizer {

    @Override
    public void customize(org.springframework.scheduling.quartz.SchedulerFactoryBean scheduler) {
        scheduler.setPhase(StartupTasks.SCHEDULER_PHASE);
    }
}

package uk.gov.halton.planner.exercises.schedule;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.plans.PlanDatesChanged;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/** Installs the jobs after the plans exist, and follows every change of a plan's dates. */
@Component
@Order(30)
class SchedulerSetup implements ApplicationRunner {

    private final JobScheduling scheduling;
    private final PlanService plans;

    SchedulerSetup(JobScheduling scheduling, PlanService plans) {
        this.scheduling = scheduling;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduling.installJobs();
        for (PlanSummary plan : plans.findAll()) {
            scheduling.syncDeadlines(plan.id(), plan.deadlines());
        }
    }

    @EventListener
    void on(PlanDatesChanged event) {
        plans.find(event.planId()).ifPresent(p -> scheduling.syncDeadlines(p.id(), p.deadlines()));
    }
}

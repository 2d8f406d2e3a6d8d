package uk.gov.halton.planner.exercises.schedule;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.StartupTask;
import uk.gov.halton.planner.plans.PlanDatesChanged;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * Installs the jobs after the plans exist, and follows every change of a plan's dates. At every start the triggers
 * are rebuilt from the plans and exercises themselves, so a database restored from an export (which carries no
 * Quartz tables) gets its reminders back at once, not at the next daily sweep.
 */
@Component
@Order(30)
class SchedulerSetup implements StartupTask {

    private final JobScheduling scheduling;
    private final PlanService plans;
    private final ExerciseService exercises;

    SchedulerSetup(JobScheduling scheduling, PlanService plans, ExerciseService exercises) {
        this.scheduling = scheduling;
        this.plans = plans;
        this.exercises = exercises;
    }

    @Override
    public void runAtStartup() {
        scheduling.installJobs();
        for (PlanSummary plan : plans.findAll()) {
            scheduling.syncDeadlines(plan.id(), plan.deadlines());
        }
        for (ExerciseSummary exercise : exercises.findAll()) {
            scheduling.syncExercise(exercise.id(), exercise.status(), exercise.startsAt().toInstant());
        }
    }

    @EventListener
    void on(PlanDatesChanged event) {
        plans.find(event.planId()).ifPresent(p -> scheduling.syncDeadlines(p.id(), p.deadlines()));
    }
}

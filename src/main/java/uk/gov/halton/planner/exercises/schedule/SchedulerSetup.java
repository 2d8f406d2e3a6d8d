package uk.gov.halton.planner.exercises.schedule;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.StartupTask;
import uk.gov.halton.planner.exercises.ExerciseService;

/**
 * Installs the reminder job and rebuilds the exercises' reminder triggers from the exercises themselves at every
 * start, so a database restored from an export (which carries no Quartz tables) gets its reminders back at once.
 */
@Component
@Order(30)
class SchedulerSetup implements StartupTask {

    private final JobScheduling scheduling;
    private final ExerciseService exercises;

    SchedulerSetup(JobScheduling scheduling, ExerciseService exercises) {
        this.scheduling = scheduling;
        this.exercises = exercises;
    }

    /**
     * In one transaction: Spring's job store joins it, and without one it wrote each of a trigger's rows in a commit of
     * its own, which the scheduler thread, already running, could read half-stored (see SweepTriggers).
     */
    @Override
    @Transactional
    public void runAtStartup() {
        scheduling.installJobs();
        exercises.findAll().forEach(scheduling::syncExercise);
    }
}

package uk.gov.halton.planner.exercises.schedule;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import uk.gov.halton.planner.alerts.Reminder;
import uk.gov.halton.planner.alerts.Reminders;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.integration.ExerciseDeadlines;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * A reminder trigger fired: if the exercise still calls for it, the alerts module tells its owner and participants
 * (the owners of the plans it tests, and the plans' subscribers), once. What it delivered is the job's result, which
 * administrators read on the scheduled jobs page.
 */
@DisallowConcurrentExecution
public class ExerciseReminderJob implements Job {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ExerciseService exercises;
    private final PlanService plans;
    private final Reminders reminders;
    private final Clock clock;

    public ExerciseReminderJob(ExerciseService exercises, PlanService plans, Reminders reminders, Clock clock) {
        this.exercises = exercises;
        this.plans = plans;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long id = context.getMergedJobDataMap().getLong("exerciseId");
        JobScheduling.Prompt prompt =
                JobScheduling.Prompt.valueOf(context.getMergedJobDataMap().getString("prompt"));
        ExerciseSummary exercise = exercises.find(id).orElse(null);
        Reminder reminder = exercise == null
                ? null
                : switch (prompt) {
                    case TOMORROW -> tomorrow(exercise);
                    case COLD_DEBRIEF -> coldDebrief(exercise);
                };
        context.setResult(
                reminder == null ? "nothing: the exercise no longer calls for it" : reminders.remind(reminder));
    }

    private Reminder tomorrow(ExerciseSummary e) {
        if (e.status() != ExerciseStatus.SCHEDULED || !e.startsAt().toInstant().isAfter(clock.instant())) {
            return null;
        }
        return new Reminder(
                ExerciseDeadlines.exercise(e),
                "Exercise tomorrow: " + e.name() + ", "
                        + WHEN.format(e.startsAt())
                        + (e.location() == null || e.location().isBlank() ? "" : ", " + e.location())
                        + ".",
                participants(e));
    }

    private Reminder coldDebrief(ExerciseSummary e) {
        if (e.status() != ExerciseStatus.HELD || e.heldOn() == null || e.coldDebriefOn() != null) {
            return null;
        }
        return new Reminder(
                ExerciseDeadlines.coldDebrief(e),
                "The cold debrief of " + e.name() + " (held "
                        + DAY.format(e.heldOn()) + ") can be held from today; record it by "
                        + DAY.format(ExerciseDeadlines.coldDebriefDue(e)) + ", six weeks after the exercise.",
                participants(e));
    }

    /** Who is told besides the subscribers: the exercise's owner and the owners of the plans it tests. */
    private Set<String> participants(ExerciseSummary e) {
        Set<String> people = new LinkedHashSet<>();
        people.add(e.createdBy());
        e.planIds().forEach(id -> plans.find(id).map(PlanSummary::owner).ifPresent(people::add));
        return people;
    }
}

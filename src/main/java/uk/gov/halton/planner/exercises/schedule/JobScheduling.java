package uk.gov.halton.planner.exercises.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * Keeps the exercises' time-of-day reminders in Quartz in step with the data: "exercise tomorrow" at 09:00 London the
 * day before a scheduled exercise, and the prompt that the cold debrief window opens at 09:00 London two weeks after
 * a held exercise whose cold debrief is not recorded. The reminder job hands them to the alerts module, which tells
 * people. Deadlines (plan tests, reviews, actions...) are not here: the alerts module's daily sweep, a Quartz job
 * too, alerts them from the deadlines this module provides. One-shot triggers fire at once when missed, so a server
 * that was down catches up once.
 */
@Component
public class JobScheduling {

    static final JobKey REMINDER_JOB = JobKey.jobKey("exercise-reminder", "planner");
    public static final String REMINDERS = "exercise-reminders";
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    /** What a reminder trigger reminds of. */
    enum Prompt {
        TOMORROW,
        COLD_DEBRIEF
    }

    private final Scheduler scheduler;
    private final Clock clock;

    JobScheduling(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The durable reminder job; safe to call on every start. */
    public void installJobs() {
        try {
            scheduler.addJob(
                    JobBuilder.newJob(ExerciseReminderJob.class)
                            .withIdentity(REMINDER_JOB)
                            .withDescription("Exercise reminders")
                            .storeDurably()
                            .build(),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot install the scheduled jobs", e);
        }
    }

    /** The reminder triggers of one exercise: present only while they still have something to say and are ahead. */
    public void syncExercise(ExerciseSummary exercise) {
        Instant now = clock.instant();
        sync(
                tomorrowKey(exercise.id()),
                exercise.status() == ExerciseStatus.SCHEDULED
                        ? nineAm(exercise.startsAt().toLocalDate().minusDays(1))
                        : null,
                now,
                exercise,
                Prompt.TOMORROW,
                "Exercise tomorrow: " + exercise.name());
        boolean debriefOwed = exercise.status() == ExerciseStatus.HELD
                && exercise.heldOn() != null
                && exercise.coldDebriefOn() == null;
        sync(
                coldDebriefKey(exercise.id()),
                debriefOwed ? nineAm(exercise.heldOn().plusDays(ExerciseService.COLD_DEBRIEF_MIN_DAYS)) : null,
                now,
                exercise,
                Prompt.COLD_DEBRIEF,
                "Cold debrief window opens: " + exercise.name());
    }

    private void sync(
            TriggerKey key, Instant fireAt, Instant now, ExerciseSummary exercise, Prompt prompt, String description) {
        try {
            scheduler.unscheduleJob(key);
            if (fireAt != null && fireAt.isAfter(now)) {
                scheduler.scheduleJob(TriggerBuilder.newTrigger()
                        .withIdentity(key)
                        .forJob(REMINDER_JOB)
                        .withDescription(cut(description))
                        .startAt(Date.from(fireAt))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .usingJobData("exerciseId", exercise.id())
                        .usingJobData("prompt", prompt.name())
                        .build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the reminders of exercise " + exercise.id(), e);
        }
    }

    /** 09:00 Europe/London on {@code day}: 08:00Z in summer time, 09:00Z in winter. */
    static Instant nineAm(LocalDate day) {
        return day.atTime(REMINDER_TIME).atZone(PlannerZone.zone()).toInstant();
    }

    public static TriggerKey tomorrowKey(long exerciseId) {
        return TriggerKey.triggerKey("exercise-" + exerciseId, REMINDERS);
    }

    public static TriggerKey coldDebriefKey(long exerciseId) {
        return TriggerKey.triggerKey("cold-debrief-" + exerciseId, REMINDERS);
    }

    /** When the exercise-tomorrow trigger of an exercise fires, by Quartz's store; empty when there is none. */
    public java.util.Optional<Instant> tomorrowFireTime(long exerciseId) {
        try {
            Trigger trigger = scheduler.getTrigger(tomorrowKey(exerciseId));
            return java.util.Optional.ofNullable(trigger)
                    .map(t -> t.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean exerciseTriggerExists(long exerciseId) {
        try {
            return scheduler.checkExists(tomorrowKey(exerciseId));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return text.length() <= 240 ? text : text.substring(0, 239) + "…";
    }
}

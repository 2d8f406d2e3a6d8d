package uk.gov.halton.planner.exercises.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.Application;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.plans.Deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Keeps Quartz's triggers in step with the data: one trigger per scheduled exercise (the day before, 09:00 London),
 * one per deadline and threshold (07:00 London on the day the threshold is crossed), and the daily compliance sweep
 * (06:00 London). One-shot triggers fire now when missed, so a server that was down catches up exactly once; the
 * sweep fires once on restart and then keeps its schedule.
 */
@Component
public class JobScheduling {

    public static final int[] THRESHOLDS = {180, 30, 0};
    static final JobKey REMINDER_JOB = JobKey.jobKey("exercise-reminder", "planner");
    static final JobKey DEADLINE_JOB = JobKey.jobKey("deadline", "planner");
    static final JobKey SWEEP_JOB = JobKey.jobKey("compliance-sweep", "planner");
    static final TriggerKey SWEEP_TRIGGER = TriggerKey.triggerKey("compliance-sweep", "planner");
    static final String REMINDERS = "exercise-reminders";
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    static final LocalTime DEADLINE_TIME = LocalTime.of(7, 0);

    private final Scheduler scheduler;
    private final Clock clock;

    JobScheduling(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The durable jobs and the daily sweep; safe to call on every start. */
    public void installJobs() {
        try {
            addJob(JobBuilder.newJob(ExerciseReminderJob.class).withIdentity(REMINDER_JOB).storeDurably().build());
            addJob(JobBuilder.newJob(DeadlineJob.class).withIdentity(DEADLINE_JOB).storeDurably().build());
            addJob(JobBuilder.newJob(ComplianceSweepJob.class).withIdentity(SWEEP_JOB).storeDurably().build());
            if (!scheduler.checkExists(SWEEP_TRIGGER)) {
                scheduler.scheduleJob(sweepTrigger());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot install the scheduled jobs", e);
        }
    }

    static Trigger sweepTrigger() {
        return TriggerBuilder.newTrigger().withIdentity(SWEEP_TRIGGER).forJob(SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(6, 0)
                        .inTimeZone(TimeZone.getTimeZone(Application.LONDON))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    private void addJob(JobDetail job) throws SchedulerException {
        scheduler.addJob(job, true);
    }

    /** The reminder trigger of one exercise: present only while it is scheduled and the day before is ahead. */
    public void syncExercise(long exerciseId, ExerciseStatus status, Instant startsAt) {
        TriggerKey key = TriggerKey.triggerKey("exercise-" + exerciseId, REMINDERS);
        try {
            scheduler.unscheduleJob(key);
            Instant fireAt = reminderTime(startsAt);
            if (status == ExerciseStatus.SCHEDULED && fireAt.isAfter(clock.instant())) {
                scheduler.scheduleJob(oneShot(key, REMINDER_JOB, fireAt)
                        .usingJobData("exerciseId", exerciseId).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the reminder of exercise " + exerciseId, e);
        }
    }

    /** Replaces a plan's deadline triggers with one per deadline and threshold still ahead. */
    public void syncDeadlines(String planId, List<Deadline> deadlines) {
        String group = "deadlines-" + planId;
        try {
            scheduler.unscheduleJobs(List.copyOf(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))));
            Instant now = clock.instant();
            for (Deadline deadline : deadlines) {
                for (int threshold : THRESHOLDS) {
                    Trigger trigger = deadlineTrigger(deadline, threshold);
                    if (trigger.getStartTime().toInstant().isAfter(now)) {
                        scheduler.scheduleJob(trigger);
                    }
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the deadlines of plan " + planId, e);
        }
    }

    /** The trigger that reports {@code deadline} crossing {@code threshold} days; public for the restart test. */
    public static Trigger deadlineTrigger(Deadline deadline, int threshold) {
        LocalDate day = deadline.dueDate().minusDays(threshold);
        return deadlineTrigger(deadline, threshold, day.atTime(DEADLINE_TIME).atZone(Application.LONDON).toInstant());
    }

    public static Trigger deadlineTrigger(Deadline deadline, int threshold, Instant fireAt) {
        TriggerKey key = TriggerKey.triggerKey(deadline.kind() + "-" + deadline.itemId() + "-" + threshold,
                "deadlines-" + deadline.planId());
        return oneShot(key, DEADLINE_JOB, fireAt)
                .usingJobData("kind", deadline.kind().name())
                .usingJobData("planId", deadline.planId())
                .usingJobData("itemId", deadline.itemId())
                .usingJobData("dueDate", deadline.dueDate().toString())
                .usingJobData("threshold", threshold)
                .build();
    }

    private static TriggerBuilder<org.quartz.SimpleTrigger> oneShot(TriggerKey key, JobKey job, Instant fireAt) {
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(Date.from(fireAt))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow());
    }

    static Instant reminderTime(Instant startsAt) {
        LocalDate dayBefore = startsAt.atZone(Application.LONDON).toLocalDate().minusDays(1);
        return dayBefore.atTime(REMINDER_TIME).atZone(Application.LONDON).toInstant();
    }

    public List<TriggerKey> triggersOf(String group) {
        try {
            return List.copyOf(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group)));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean exerciseTriggerExists(long exerciseId) {
        try {
            return scheduler.checkExists(TriggerKey.triggerKey("exercise-" + exerciseId, REMINDERS));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}

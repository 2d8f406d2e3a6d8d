package uk.gov.halton.planner.exercises;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * For administrators: every Quartz trigger with its next fire time (the daily sweep, the weekly digest, each
 * exercise's reminders, a sweep waiting after a change) and what each one delivered when it last fired, from the
 * job-run log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ScheduledJobs {

    /** A trigger in the store; {@code lastDelivered} is empty when it has not fired yet. */
    public record ScheduledTrigger(
            String group,
            String name,
            String description,
            Instant nextFireAt,
            Instant previousFireAt,
            String lastDelivered) {}

    /** One fire of a trigger and what it delivered. */
    public record JobRun(
            Instant firedAt, String group, String name, String description, String delivered, boolean failed) {}

    private final Scheduler scheduler;
    private final JdbcClient jdbc;

    ScheduledJobs(Scheduler scheduler, JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /** The triggers, soonest first. */
    public List<ScheduledTrigger> triggers() {
        Map<String, String> lastDelivered = new HashMap<>();
        jdbc.sql("select trigger_group, trigger_name, delivered from job_run order by fired_at, id")
                .query(rs -> {
                    lastDelivered.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                });
        try {
            List<ScheduledTrigger> result = new ArrayList<>();
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
                Trigger t = scheduler.getTrigger(key);
                if (t == null) {
                    continue; // fired and removed meanwhile
                }
                result.add(new ScheduledTrigger(
                        key.getGroup(),
                        key.getName(),
                        description(t),
                        instant(t.getNextFireTime()),
                        instant(t.getPreviousFireTime()),
                        lastDelivered.getOrDefault(key.getGroup() + "|" + key.getName(), "")));
            }
            result.sort(Comparator.comparing(
                    ScheduledTrigger::nextFireAt, Comparator.nullsLast(Comparator.naturalOrder())));
            return result;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot read the scheduled triggers", e);
        }
    }

    /** The latest fires, newest first. */
    public List<JobRun> recentRuns(int limit) {
        return jdbc.sql("""
                select fired_at, trigger_group, trigger_name, description, delivered, failed from job_run
                order by fired_at desc, id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new JobRun(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
    }

    private String description(Trigger t) throws SchedulerException {
        if (t.getDescription() != null) {
            return t.getDescription();
        }
        JobDetail job = scheduler.getJobDetail(t.getJobKey());
        return job == null || job.getDescription() == null ? t.getJobKey().toString() : job.getDescription();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

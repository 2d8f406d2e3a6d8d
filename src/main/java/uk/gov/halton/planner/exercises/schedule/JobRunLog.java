package uk.gov.halton.planner.exercises.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.DatabaseTime;

/**
 * Records what every fired Quartz trigger delivered: each job puts a summary in its result ("3 alerts to 5
 * recipients", "reminder to 4 recipients"), and this listener writes it with the trigger and the fire time, so that
 * administrators see what each trigger did after it is gone (a one-shot trigger leaves the store when it fires).
 */
@Component
public class JobRunLog implements JobListener {

    static final Duration KEPT = Duration.ofDays(90);

    private static final Logger log = LoggerFactory.getLogger(JobRunLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    JobRunLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    static SchedulerFactoryBeanCustomizer jobRunLogListener(JobRunLog log) {
        return factory -> factory.setGlobalJobListeners(log);
    }

    @Override
    public String getName() {
        return "job-run-log";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {}

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {}

    /**
     * Never throws: when a job listener fails, Quartz does not mark the run complete, and a job that may not run twice
     * at once (the weekly digest, the exercise reminders) would then wait behind it until a restart. A run that
     * cannot be recorded is logged.
     */
    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
        try {
            record(context, error);
        } catch (RuntimeException e) {
            log.warn(
                    "Scheduled job {}: its run could not be recorded",
                    context.getTrigger().getKey(),
                    e);
        }
    }

    private void record(JobExecutionContext context, JobExecutionException error) {
        Instant now = clock.instant();
        String delivered = error != null
                ? "failed: " + error.getMessage()
                : context.getResult() == null
                        ? "nothing reported"
                        : context.getResult().toString();
        // A failure also goes to the log, where an operator's monitoring looks (Quartz logs only its own view of it).
        if (error != null) {
            log.warn("Scheduled job {} failed: {}", context.getTrigger().getKey(), error.getMessage());
        } else {
            log.debug("Scheduled job {} ran: {}", context.getTrigger().getKey(), delivered);
        }
        jdbc.sql("""
                insert into job_run (trigger_group, trigger_name, description, fired_at, finished_at, delivered, failed)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        context.getTrigger().getKey().getGroup(),
                        context.getTrigger().getKey().getName(),
                        cut(context.getTrigger().getDescription(), 250),
                        DatabaseTime.of(context.getFireTime().toInstant()),
                        DatabaseTime.of(now),
                        cut(delivered, 1000),
                        error != null)
                .update();
        jdbc.sql("delete from job_run where fired_at < ?")
                .param(DatabaseTime.of(now.minus(KEPT)))
                .update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package uk.gov.halton.planner.exercises.schedule;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The record of what each job did must never stop the jobs. When a job listener fails, Quartz does not mark the run
 * complete, and a job that may not run twice at once (the weekly digest, the exercise reminders) then waits behind
 * it until a restart. A record that cannot be written is logged and the scheduler goes on.
 */
@PlannerContextTest
class JobRunLogTest {

    /** Runs per job key: each test has its own job. */
    static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @DisallowConcurrentExecution
    public static class OneAtATimeJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            runs.computeIfAbsent(context.getJobDetail().getKey().getName(), k -> new AtomicInteger())
                    .incrementAndGet();
            // The first run's record cannot be made (its result cannot be written out), as when the database
            // refuses the record.
            context.setResult(
                    context.getTrigger().getKey().getName().startsWith("unrecordable")
                            ? new Object() {
                                @Override
                                public String toString() {
                                    throw new IllegalStateException("no record of this run can be written");
                                }
                            }
                            : "counted");
        }
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunWhoseRecordCannotBeWrittenDoesNotHoldUpTheNextRunOfItsJob() throws Exception {
        String name = "one-at-a-time-" + UUID.randomUUID();
        JobKey key = JobKey.jobKey(name, "test");
        scheduler.addJob(
                JobBuilder.newJob(OneAtATimeJob.class)
                        .withIdentity(key)
                        .storeDurably()
                        .build(),
                true);
        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .forJob(key)
                .withIdentity("unrecordable-" + UUID.randomUUID(), "test")
                .startNow()
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> count(name) == 1);

        String next = "next-" + UUID.randomUUID();
        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .forJob(key)
                .withIdentity(next, "test")
                .startNow()
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> count(name) == 2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from job_run where trigger_name = ?")
                                .param(next)
                                .query(Long.class)
                                .single()
                        == 1);
        scheduler.deleteJob(key);
    }

    private static int count(String name) {
        AtomicInteger count = runs.get(name);
        return count == null ? 0 : count.get();
    }
}

package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** Quartz runs on its JDBC store in the application's database from the start. */
@PlannerContextTest
class QuartzJdbcStoreTest {

    static final AtomicInteger runs = new AtomicInteger();

    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            runs.incrementAndGet();
        }
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void jobsAreStoredInTheDatabaseAndFire() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        // "planner" in production; the test context adds a suffix of its own (PlannerContextTest.OWN_QUARTZ).
        assertThat(scheduler.getSchedulerName()).startsWith(db.migration.V2__Quartz_tables.SCHEDULER_NAME);

        var job = JobBuilder.newJob(CountingJob.class)
                .withIdentity("counting", "test")
                .storeDurably()
                .build();
        scheduler.addJob(job, true);
        assertThat(jdbc.sql("select count(*) from qrtz_job_details where job_name = 'counting' and sched_name = ?")
                        .param(scheduler.getSchedulerName())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity("now", "test")
                .startNow()
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() == 1);
    }
}

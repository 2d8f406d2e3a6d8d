package uk.gov.halton.planner.exercises.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.ScheduledEventLog;
import uk.gov.halton.planner.plans.Deadline;
import uk.gov.halton.planner.plans.DeadlineKind;
import uk.gov.halton.planner.plans.PlanService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quartz on its real JDBC store (H2). A second scheduler on the application's database stands in for a server
 * that is down at fire time and starts again later.
 */
@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
class SchedulingTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanService plans;

    @Autowired
    ComplianceSweep sweep;

    @Autowired
    ScheduledEventLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired
    uk.gov.halton.planner.exercises.ExerciseService exercises;

    @Autowired
    SchedulerSetup setup;

    @Autowired
    Scheduler scheduler;

    @Test
    void aStartRebuildsTheRemindersOfScheduledExercisesLostWithTheQuartzTables() throws Exception {
        var draft = exercises.draftFromTemplate("tabletop", java.util.List.of("emerald-kalama"),
                exercises.today().plusMonths(2));
        long id = exercises.schedule(exercises.create(draft).id()).id();
        org.quartz.TriggerKey reminder = org.quartz.TriggerKey.triggerKey("exercise-" + id, JobScheduling.REMINDERS);
        assertThat(scheduler.checkExists(reminder)).isTrue();

        scheduler.unscheduleJob(reminder); // as after a restore from an export, which carries no Quartz tables
        setup.runAtStartup();

        assertThat(scheduler.checkExists(reminder)).isTrue();
    }

    @Test
    void aServerDownAtFireTimeCatchesUpExactlyOnceOnRestart() throws Exception {
        LocalDate today = plans.today();
        plans.recordTest("emerald-kalama", today, null, "Scheduling test");
        Deadline deadline = plans.find("emerald-kalama").orElseThrow().deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.PLAN_TEST).findFirst().orElseThrow();
        String kind = ScheduledEventLog.DEADLINE + DeadlineKind.PLAN_TEST.name();
        jdbc.sql("delete from scheduled_event_log where kind = ? and item_id = ?").params(kind, "emerald-kalama").update();

        Scheduler down = scheduler("one");
        down.addJob(JobBuilder.newJob(DeadlineJob.class).withIdentity(JobScheduling.DEADLINE_JOB).storeDurably().build(), true);
        Instant fireAt = Instant.now().plusMillis(300);
        Trigger trigger = JobScheduling.deadlineTrigger(deadline, 180, fireAt);
        down.scheduleJob(trigger);
        // The server is down (the scheduler is not started) past the fire time and the misfire threshold.
        await().pollDelay(Duration.ofMillis(100)).atMost(Duration.ofSeconds(10))
                .until(() -> Instant.now().isAfter(fireAt.plusMillis(1500)));
        assertThat(log.count(kind, "emerald-kalama", deadline.dueDate(), 180)).isZero();
        down.shutdown(false);

        Scheduler restarted = scheduler("two");
        restarted.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> log.count(kind, "emerald-kalama", deadline.dueDate(), 180) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> log.count(kind, "emerald-kalama", deadline.dueDate(), 180) == 1);
        assertThat(restarted.checkExists(trigger.getKey())).isFalse();
        restarted.shutdown(true);

        Scheduler again = scheduler("three");
        again.start();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> log.count(kind, "emerald-kalama", deadline.dueDate(), 180) == 1);
        again.shutdown(true);
    }

    @Test
    void theDailySweepReportsEachThresholdOnceHoweverOftenItRuns() {
        plans.recordTest("univar-widnes", plans.today(), null, "Sweep test");
        Deadline deadline = plans.find("univar-widnes").orElseThrow().deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.PLAN_TEST).findFirst().orElseThrow();
        String kind = ScheduledEventLog.DEADLINE + DeadlineKind.PLAN_TEST.name();

        clock.setDate(deadline.dueDate().minusDays(25));
        sweep.run();
        sweep.run();
        assertThat(log.count(kind, "univar-widnes", deadline.dueDate(), 180)).isEqualTo(1);
        assertThat(log.count(kind, "univar-widnes", deadline.dueDate(), 30)).isEqualTo(1);
        assertThat(log.count(kind, "univar-widnes", deadline.dueDate(), 0)).isZero();
        assertThat(log.query(50)).anySatisfy(e -> assertThat(e.message()).contains("within 30 days"));
    }

    @Test
    void eachPlanHasATriggerPerDeadlineThresholdStillAhead() {
        plans.recordTest("univar-widnes", plans.today(), null, "Trigger test");
        assertThat(context.getBean(JobScheduling.class).triggersOf("deadlines-univar-widnes"))
                .extracting(k -> k.getName()).contains("PLAN_TEST-univar-widnes-180", "PLAN_TEST-univar-widnes-30",
                        "PLAN_TEST-univar-widnes-0");
        assertThat(JobScheduling.sweepTrigger().getMisfireInstruction())
                .isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    /** A scheduler like the application's, on the same tables under its own name, with a one-second misfire threshold. */
    private Scheduler scheduler(String instance) throws Exception {
        DBConnectionManager.getInstance().addConnectionProvider("restartTest", new ConnectionProvider() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "restart-test");
        p.put("org.quartz.scheduler.instanceId", instance);
        p.put("org.quartz.threadPool.threadCount", "1");
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.put("org.quartz.jobStore.dataSource", "restartTest");
        p.put("org.quartz.jobStore.misfireThreshold", "1000");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        SpringBeanJobFactory jobs = new SpringBeanJobFactory();
        jobs.setApplicationContext(context);
        scheduler.setJobFactory(jobs);
        return scheduler;
    }
}

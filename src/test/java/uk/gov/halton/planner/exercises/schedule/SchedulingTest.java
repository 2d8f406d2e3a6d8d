package uk.gov.halton.planner.exercises.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
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
import uk.gov.halton.planner.plans.PlanService;

/**
 * Quartz on its real JDBC store (H2), handing what it fires to the alerts module. A second scheduler on the application's database stands in for a server
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
        var draft = exercises.draftFromTemplate(
                "tabletop",
                java.util.List.of("emerald-kalama"),
                exercises.today().plusMonths(2));
        long id = exercises.schedule(exercises.create(draft).id()).id();
        TriggerKey reminder = JobScheduling.tomorrowKey(id);
        assertThat(scheduler.checkExists(reminder)).isTrue();

        scheduler.unscheduleJob(reminder); // as after a restore from an export, which carries no Quartz tables
        setup.runAtStartup();

        assertThat(scheduler.checkExists(reminder)).isTrue();
    }

    @Test
    void aServerDownAtFireTimeCatchesUpExactlyOnceOnRestart() throws Exception {
        var draft = exercises.draftFromTemplate(
                "tabletop",
                java.util.List.of("emerald-kalama"),
                exercises.today().plusMonths(3));
        long id = exercises.schedule(exercises.create(draft).id()).id();
        String item = "exercise-" + id;

        Scheduler down = scheduler("one");
        down.addJob(
                JobBuilder.newJob(ExerciseReminderJob.class)
                        .withIdentity(JobScheduling.REMINDER_JOB)
                        .storeDurably()
                        .build(),
                true);
        Instant fireAt = Instant.now().plusMillis(300);
        down.scheduleJob(TriggerBuilder.newTrigger()
                .withIdentity("restart-" + id, JobScheduling.REMINDERS)
                .forJob(JobScheduling.REMINDER_JOB)
                .startAt(Date.from(fireAt))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .usingJobData("exerciseId", id)
                .usingJobData("prompt", "TOMORROW")
                .build());
        // The server is down (the scheduler is not started) past the fire time and the misfire threshold.
        await().pollDelay(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Instant.now().isAfter(fireAt.plusMillis(1500)));
        assertThat(reminders(item)).isZero();
        down.shutdown(false);

        Scheduler restarted = scheduler("two");
        restarted.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(item) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> reminders(item) == 1);
        assertThat(restarted.checkExists(TriggerKey.triggerKey("restart-" + id, JobScheduling.REMINDERS)))
                .isFalse();
        restarted.shutdown(true);

        Scheduler again = scheduler("three");
        again.start();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> reminders(item) == 1);
        again.shutdown(true);
    }

    @Test
    void aChangeToADeadlineIsSweptThroughAQuartzTriggerAndNoTriggerIsKeptPerDeadline() {
        long before = sweepsAfterChanges();
        plans.recordTest("univar-widnes", plans.today(), null, "Trigger test");
        await().atMost(Duration.ofSeconds(20)).until(() -> sweepsAfterChanges() > before);
        assertThat(jdbc.sql("select delivered from job_run where trigger_group = 'alerts-sweep-soon' order by id desc")
                        .query(String.class)
                        .list()
                        .getFirst())
                .contains("open deadlines checked");
        assertThat(jdbc.sql("select count(*) from qrtz_triggers where job_name in ('deadline', 'compliance-sweep')")
                        .query(Long.class)
                        .single())
                .as("the per-deadline triggers that reached nobody are gone")
                .isZero();
    }

    @Test
    void theRemindersFireAtNineLondonTimeTheDayBeforeOnBothSidesOfTheClockChanges() {
        assertThat(JobScheduling.nineAm(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        assertThat(JobScheduling.nineAm(LocalDate.of(2026, 3, 28))).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
        assertThat(JobScheduling.nineAm(LocalDate.of(2026, 10, 25))).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(JobScheduling.nineAm(LocalDate.of(2026, 10, 24))).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
    }

    private long reminders(String item) {
        return jdbc.sql("select count(*) from alert where item_id = ? and threshold = 'REMINDER'")
                .param(item)
                .query(Long.class)
                .single();
    }

    private long sweepsAfterChanges() {
        return jdbc.sql("select count(*) from job_run where trigger_group = 'alerts-sweep-soon'")
                .query(Long.class)
                .single();
    }

    /** A scheduler like the application's, on the same tables under its own name, with a one-second misfire threshold. */
    private Scheduler scheduler(String instance) throws Exception {
        DBConnectionManager.getInstance().addConnectionProvider("restartTest", new ConnectionProvider() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {}

            @Override
            public void initialize() {}
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

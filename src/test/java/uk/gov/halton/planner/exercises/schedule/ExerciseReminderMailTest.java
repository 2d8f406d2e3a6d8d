package uk.gov.halton.planner.exercises.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.ConcurrentEditsTest;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.AlertTestSupport;
import uk.gov.halton.planner.alerts.mail.MailOutbox;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.sites.SiteService;

/**
 * "Exercise tomorrow" from Quartz's real JDBC store to a real SMTP server (GreenMail), on the days the clocks change:
 * the trigger fires at 09:00 Europe/London the day before, which is 08:00Z in summer time and 09:00Z in winter. Quartz
 * fires by the system clock, not the test's, so the reminders' trigger group is paused while a test runs: once the
 * test's clock has passed the fire time, the test brings the stored trigger's start to now and resumes it; the job
 * then reads the application's clock like any other code. The exercises are of a plan of the test's own (owned by the
 * demo "officer"), and the mail read is the mail about them only.
 */
@PlannerContextTest
@WithUserDetails("planner")
class ExerciseReminderMailTest {

    static GreenMail smtp;

    @Autowired
    ExerciseService exercises;

    @Autowired
    JobScheduling scheduling;

    @Autowired
    Scheduler scheduler;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteService sites;

    /** This test's exercises, cancelled afterwards so that they leave no open deadlines behind. */
    private final java.util.Map<Long, LocalDate> made = new java.util.LinkedHashMap<>();

    /** A plan of this test's own. */
    private final String plan = "reminder-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void participants() throws Exception {
        smtp = AlertTestSupport.smtp();
        clock.set(AlertTestSupport.START);
        scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals(JobScheduling.REMINDERS));
        // The plan's owner takes part in an exercise of the plan; the exercise's owner is the planner who made it.
        sites.importGeoJson(ConcurrentEditsTest.site(plan + "-site", plan));
        assertThat(jdbc.sql("update off_site_plan set owner_name = 'officer' where id = ?")
                        .param(plan)
                        .update())
                .isOne();
    }

    @AfterEach
    void restore() throws Exception {
        for (long id : made.keySet()) { // this test's exercises' other reminders, which it does not wait for
            scheduler.unscheduleJob(JobScheduling.tomorrowKey(id));
            scheduler.unscheduleJob(JobScheduling.coldDebriefKey(id));
        }
        scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(JobScheduling.REMINDERS));
        made.forEach((id, day) -> {
            clock.setDate(day.minusDays(20));
            exercises.cancel(id, "Reminder test over");
        });
    }

    @Test
    void theDayBeforeAnExerciseAfterTheClocksGoForwardTheReminderComesAt0900BritishSummerTime() throws Exception {
        remindsOnceAt(LocalDate.of(2026, 3, 30), Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void theDayBeforeAnExerciseAfterTheClocksGoBackTheReminderComesAt0900Greenwich() throws Exception {
        remindsOnceAt(LocalDate.of(2026, 10, 26), Instant.parse("2026-10-25T09:00:00Z"));
    }

    private void remindsOnceAt(LocalDate exerciseDay, Instant expectedFire) throws Exception {
        clock.setDate(exerciseDay.minusDays(20));
        long id = exercises
                .schedule(exercises
                        .create(exercises.draftFromTemplate("tabletop", List.of(plan), exerciseDay))
                        .id())
                .id();
        made.put(id, exerciseDay);
        TriggerKey key = JobScheduling.tomorrowKey(id);
        assertThat(scheduling.tomorrowFireTime(id)).contains(expectedFire);

        clock.set(expectedFire.plusSeconds(1));
        fireNow(key);
        await().atMost(Duration.ofSeconds(20)).until(() -> runsOf(key) == 1);
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailAbout(id).size() == 2);
        assertThat(mailAbout(id))
                .extracting(ExerciseReminderMailTest::to)
                .containsExactlyInAnyOrder("planner@demo.invalid", "officer@demo.invalid");
        assertThat(body(mailAbout(id).getFirst())).contains("Exercise tomorrow").contains("at 10:00");
        assertThat(subject(mailAbout(id).getFirst())).contains("due tomorrow");

        // The same trigger fired again (a second node, a catch-up after downtime) delivers nothing more.
        TriggerKey again = TriggerKey.triggerKey("again-" + id, "reminder-mail-test");
        scheduler.scheduleJob(org.quartz.TriggerBuilder.newTrigger()
                .withIdentity(again)
                .forJob(JobScheduling.REMINDER_JOB)
                .usingJobData(new org.quartz.JobDataMap(java.util.Map.of("exerciseId", id, "prompt", "TOMORROW")))
                .startNow()
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> runsOf(again) == 1);
        assertThat(jdbc.sql("select delivered from job_run where trigger_name = ? and trigger_group = ?")
                        .params(again.getName(), again.getGroup())
                        .query(String.class)
                        .single())
                .isEqualTo("nothing: reminded before");
        outbox.sendDue();
        assertThat(mailAbout(id)).hasSize(2);
        assertThat(jdbc.sql("select delivered from job_run where trigger_name = ? and trigger_group = ?")
                        .params(key.getName(), key.getGroup())
                        .query(String.class)
                        .single())
                .isEqualTo("reminder to 2 recipients");
    }

    /** The test's clock has passed the fire time: the stored trigger (paused, in its paused group) starts now. */
    private void fireNow(TriggerKey key) throws Exception {
        Trigger stored = scheduler.getTrigger(key);
        scheduler.rescheduleJob(key, stored.getTriggerBuilder().startNow().build());
        scheduler.resumeTrigger(key);
    }

    private long runsOf(TriggerKey key) {
        return jdbc.sql("select count(*) from job_run where trigger_name = ? and trigger_group = ?")
                .params(key.getName(), key.getGroup())
                .query(Long.class)
                .single();
    }

    /** The reminders about this exercise (the sweep's own alerts of its date say no "Exercise tomorrow"). */
    private List<MimeMessage> mailAbout(long exerciseId) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> body(m).startsWith("Dear ")
                        && body(m).contains("Exercise tomorrow: ")
                        && body(m).replace("\r\n", "\n").contains("/exercises/" + exerciseId + "\n"))
                .toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

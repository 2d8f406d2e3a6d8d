package uk.gov.halton.planner.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.domain.AlertSweep;
import uk.gov.halton.planner.alerts.domain.WeeklyDigest;
import uk.gov.halton.planner.alerts.mail.MailOutbox;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Alerts against a real SMTP server (GreenMail) and Quartz's real store, with a clock the test moves. The demo users
 * are the recipients: "manager" for every alert, "planner" as the owner of the test deadlines.
 */
@AlertsContextTest
class AlertDeliveryTest {

    static GreenMail smtp;

    @Autowired
    AlertSweep sweep;

    @Autowired
    MailOutbox outbox;

    @Autowired
    WeeklyDigest digest;

    @Autowired
    AlertService alerts;

    @Autowired
    MutableClock clock;

    @Autowired
    AlertTestSupport.TestDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.quartz.Scheduler scheduler;

    private static final LocalDate DUE = LocalDate.of(2027, 1, 4);

    @BeforeEach
    void clean() throws Exception {
        smtp = AlertTestSupport.smtp();
        clock.set(AlertTestSupport.START);
        deadlines.deadlines.clear();
        jdbc.sql("delete from mail_outbox").update();
        jdbc.sql("delete from alert_notification").update();
        jdbc.sql("delete from alert").update();
        jdbc.sql("delete from alert_preference").update();
        jdbc.sql("delete from alert_subscription").update();
    }

    @AfterEach
    void after() {
        clock.setDate(LocalDate.of(2026, 1, 5));
    }

    private Deadline deadline(String item, LocalDate due) {
        return new Deadline(
                DeadlineKind.PLAN_TEST,
                item,
                "Test of plan " + item,
                due,
                "planner",
                Set.of("plan:" + item),
                "plans/" + item);
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sweepAndSendOn(LocalDate day) {
        clock.setDate(day);
        sweep.run();
        sweep.run(); // a second sweep the same day (a trigger fired twice) makes nothing more
        outbox.sendDue();
    }

    @Test
    void eachLeadTimeFiresOnceAndOverdueOnce() {
        deadlines.deadlines.add(deadline("lead", DUE));

        sweepAndSendOn(DUE.minusDays(181));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        for (int lead : List.of(180, 90, 30, 7, 0)) {
            sweepAndSendOn(DUE.minusDays(lead));
            sweepAndSendOn(DUE.minusDays(lead)); // and again: still once
        }
        sweepAndSendOn(DUE.plusDays(1));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 6);
        List<MimeMessage> toManager = mailTo("manager@demo.invalid");
        assertThat(toManager.stream().map(AlertDeliveryTest::messageId).distinct())
                .hasSize(6);
        assertThat(mailTo("planner@demo.invalid")).hasSize(6);
        assertThat(toManager)
                .extracting(AlertDeliveryTest::subject)
                .anyMatch(s -> s.contains("due in 180 days"))
                .anyMatch(s -> s.contains("due today"))
                .anyMatch(s -> s.contains("overdue"));
        assertThat(mailTo("partner@demo.invalid"))
                .as("partners are not recipients")
                .isEmpty();
    }

    @Test
    void afterDowntimeOnlyTheMostUrgentPassedThresholdIsSentOnce() {
        deadlines.deadlines.add(deadline("downtime", DUE));
        sweepAndSendOn(DUE.minusDays(180));
        // The server was down from 100 to 20 days before: the 90 and 30 day thresholds passed unseen.
        sweepAndSendOn(DUE.minusDays(20));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 2);
        assertThat(mailTo("manager@demo.invalid"))
                .extracting(AlertDeliveryTest::subject)
                .anyMatch(s -> s.contains("due in 20 days"))
                .noneMatch(s -> s.contains("due in 90 days"))
                .noneMatch(s -> s.contains("due in 30 days"));
    }

    @Test
    void theMailSaysTheRealTimeLeftNotTheThresholdPassed() {
        deadlines.deadlines.add(deadline("eleven", DUE));
        sweepAndSendOn(DUE.minusDays(11)); // first seen 11 days before: the 30-day threshold has passed
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 1);
        MimeMessage mail = mailTo("manager@demo.invalid").getFirst();
        assertThat(subject(mail)).endsWith("(due in 11 days)");
        assertThat(body(mail)).contains("(due in 11 days)").doesNotContain("30 days");

        sweepAndSendOn(DUE.plusDays(3));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 2);
        assertThat(mailTo("manager@demo.invalid"))
                .extracting(AlertDeliveryTest::subject)
                .anyMatch(s -> s.endsWith("(overdue by 3 days)"));
    }

    @Test
    @WithUserDetails("admin")
    void aMessageThatKeepsFailingIsMarkedFailedAndAnAdministratorRetriesIt() {
        smtp.stop();
        deadlines.deadlines.add(deadline("bounce", DUE));
        clock.setDate(DUE.minusDays(7));
        sweep.run();
        outbox.sendDue(); // attempt 1 of 2
        clock.advance(MailOutbox.BACK_OFF.getFirst().plusSeconds(1));
        outbox.sendDue(); // attempt 2 of 2: given up
        assertThat(alerts.outbox(10)).hasSize(2).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("FAILED");
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.lastError()).isNotBlank();
        });
        clock.advance(Duration.ofHours(6));
        outbox.sendDue();
        assertThat(alerts.outbox(10))
                .as("a failed message is not retried by itself")
                .allSatisfy(e -> {
                    assertThat(e.status()).isEqualTo("FAILED");
                    assertThat(e.attempts()).isEqualTo(2);
                });

        smtp = AlertTestSupport.startMailServer();
        OutboxEntry toManager = alerts.outbox(10).stream()
                .filter(e -> e.recipient().equals("manager@demo.invalid"))
                .findFirst()
                .orElseThrow();
        alerts.retryFailedMail(toManager.id());
        assertThatThrownBy(() -> alerts.retryFailedMail(toManager.id())).isInstanceOf(InvalidInputException.class);
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 1);
        assertThat(messageId(mailTo("manager@demo.invalid").getFirst())).isEqualTo(toManager.messageId());
        assertThat(mailTo("planner@demo.invalid"))
                .as("only the message retried is sent")
                .isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void onlyAnAdministratorRetriesAFailedMessage() {
        assertThatThrownBy(() -> alerts.retryFailedMail(1L))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCrashBeforeOrAfterTheSmtpHandOverDeliversOnceWithTheSameMessageId() {
        deadlines.deadlines.add(deadline("crash", DUE));
        clock.setDate(DUE.minusDays(30));
        sweep.run();
        // A node claims the manager's message and dies before sending it.
        jdbc.sql(
                        "update mail_outbox set status = 'SENDING', claimed_at = ?, claimed_by = 'dead-node' where recipient = 'manager@demo.invalid'")
                .param(clock.instant())
                .update();
        outbox.sendDue();
        assertThat(mailTo("manager@demo.invalid"))
                .as("a live claim is respected")
                .isEmpty();

        clock.advance(java.time.Duration.ofMinutes(5).plusSeconds(1)); // the restart, after the claim expired
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 1);
        String first = messageId(mailTo("manager@demo.invalid").getFirst());

        // Now the SMTP server accepted it but the node died before recording that: it is sent again, same id.
        jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ? where recipient = 'manager@demo.invalid'")
                .param(clock.instant())
                .update();
        clock.advance(java.time.Duration.ofMinutes(5).plusSeconds(1));
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("manager@demo.invalid").size() == 2);
        assertThat(mailTo("manager@demo.invalid"))
                .extracting(AlertDeliveryTest::messageId)
                .containsOnly(first);
        outbox.sendDue();
        assertThat(mailTo("manager@demo.invalid")).hasSize(2);
    }

    @Test
    void anSmtpOutageIsRetriedAndEverythingArrivesOnce() {
        smtp.stop();
        deadlines.deadlines.add(deadline("outage-a", DUE));
        deadlines.deadlines.add(deadline("outage-b", DUE.plusDays(1)));
        clock.setDate(DUE.minusDays(7));
        sweep.run();
        outbox.sendDue();
        assertThat(jdbc.sql(
                                "select count(*) from mail_outbox where status = 'PENDING' and attempts = 1 and last_error is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        smtp = AlertTestSupport.startMailServer();
        outbox.sendDue();
        assertThat(smtp.getReceivedMessages()).as("not before the back-off").isEmpty();
        clock.advance(MailOutbox.BACK_OFF.getFirst().plusSeconds(1));
        outbox.sendDue();
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 4);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .map(AlertDeliveryTest::messageId)
                        .distinct())
                .hasSize(4);
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    @WithUserDetails("planner")
    void aWeeklyDigestGathersTheWeeksAlertsInOneEmail() {
        alerts.setMyPreference(true, true);
        deadlines.deadlines.add(deadline("digest-a", DUE));
        deadlines.deadlines.add(deadline("digest-b", DUE.plusDays(2)));
        clock.setDate(DUE.minusDays(30));
        sweep.run();
        outbox.sendDue();
        assertThat(mailTo("planner@demo.invalid"))
                .as("no immediate mail for a digest reader")
                .isEmpty();

        clock.setDate(LocalDate.of(2026, 12, 7)); // a Monday
        assertThat(digest.run()).isEqualTo(1);
        assertThat(digest.run()).isZero();
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("planner@demo.invalid").size() == 1);
        String body = body(mailTo("planner@demo.invalid").getFirst());
        assertThat(body).contains("Test of plan digest-a").contains("Test of plan digest-b");
        assertThat(messageId(mailTo("planner@demo.invalid").getFirst()))
                .isEqualTo(WeeklyDigest.messageId("planner", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void anOverdueItemNobodyAcknowledgesEscalatesToManagersThenAdministrators() {
        deadlines.deadlines.add(deadline("late", DUE));
        clock.setDate(DUE.plusDays(1));
        sweep.run();
        clock.setDate(DUE.plusDays(1 + 7));
        sweep.run();
        clock.setDate(DUE.plusDays(1 + 14));
        sweep.run();
        assertThat(thresholds("late")).containsExactlyInAnyOrder("OVERDUE", "ESCALATION1", "ESCALATION2");
        assertThat(jdbc.sql(
                                "select n.username from alert_notification n join alert a on a.id = n.alert_id where a.threshold = 'ESCALATION2'")
                        .query(String.class)
                        .list())
                .containsExactly("admin");
    }

    @Test
    @WithUserDetails("planner")
    void anAcknowledgedOverdueItemDoesNotEscalateAndUsersSeeOnlyTheirOwnAlerts() {
        deadlines.deadlines.add(deadline("acknowledged", DUE));
        clock.setDate(DUE.plusDays(1));
        sweep.run();
        assertThat(alerts.unreadCount()).isEqualTo(1);
        AlertItem mine = alerts.myAlerts(true, null).getFirst();
        alerts.acknowledge(mine.notificationId());
        assertThat(alerts.unreadCount()).isZero();
        clock.setDate(DUE.plusDays(30));
        sweep.run();
        assertThat(thresholds("acknowledged")).containsExactly("OVERDUE");

        long managersNotification = jdbc.sql("select id from alert_notification where username = 'manager'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> alerts.acknowledge(managersNotification)).isInstanceOf(InvalidInputException.class);
        assertThat(alerts.myAlerts(false, null)).hasSize(1);
    }

    @Test
    void aMovedDeadlineWithdrawsItsPendingAlertsAndMovingItBackMakesNoDuplicateOrGap() {
        smtp.stop(); // keep the mail pending
        Deadline original = deadline("moved", DUE);
        deadlines.deadlines.add(original);
        clock.setDate(DUE.minusDays(30));
        sweep.run();
        assertThat(thresholds("moved")).containsExactly("D30");

        deadlines.deadlines.set(0, deadline("moved", DUE.plusDays(200)));
        sweep.run();
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'CANCELLED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from alert where superseded = false")
                        .query(Long.class)
                        .single())
                .isZero();

        deadlines.deadlines.set(0, original);
        sweep.run();
        assertThat(jdbc.sql("select count(*) from alert").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        deadlines.deadlines.clear(); // done: it stops alerting
        sweep.run();
        clock.setDate(DUE.plusDays(3));
        sweep.run();
        assertThat(jdbc.sql("select count(*) from alert where superseded = false")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void twoNodesSweepingAtOnceMakeEachAlertOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            deadlines.deadlines.add(deadline("race-" + i, DUE.plusDays(i % 3)));
        }
        clock.setDate(DUE.minusDays(7));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> sweep.run());
            var second = pool.submit(() -> sweep.run());
            int made = first.get().alertsMade() + second.get().alertsMade();
            assertThat(made).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from alert").query(Long.class).single())
                .isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from mail_outbox")
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
        assertThat(jdbc.sql("select count(distinct message_id) from mail_outbox")
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
    }

    @Test
    void theDailySweepIsAQuartzJobOnTheJdbcStore() throws Exception {
        deadlines.deadlines.add(deadline("quartz", DUE));
        clock.setDate(DUE.minusDays(90));
        org.quartz.JobKey job = org.quartz.JobKey.jobKey("alert-sweep", "alerts");
        assertThat(scheduler.checkExists(job)).isTrue();
        assertThat(scheduler.getTriggersOfJob(job))
                .singleElement()
                .satisfies(t -> assertThat(
                                ((org.quartz.CronTrigger) t).getTimeZone().getID())
                        .isEqualTo("Europe/London"));
        scheduler.triggerJob(job);
        await().atMost(Duration.ofSeconds(20)).until(() -> thresholds("quartz").equals(List.of("D90")));
    }

    private List<String> thresholds(String item) {
        return jdbc.sql("select threshold from alert where item_id = ?")
                .param(item)
                .query(String.class)
                .list();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
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

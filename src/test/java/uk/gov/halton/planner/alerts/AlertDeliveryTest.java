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
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.domain.AlertSweep;
import uk.gov.halton.planner.alerts.domain.WeeklyDigest;
import uk.gov.halton.planner.alerts.mail.MailOutbox;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Alerts against a real SMTP server (GreenMail) and Quartz's real store, with a clock the test moves. Each test's
 * deadlines are its own (their item ids and titles carry the test's {@link #run}) and are owned by a planner of the
 * test's own; the demo "manager" receives every alert. The application's own deadlines (plans, exercises of other
 * tests) are swept too, so a test reads only the alerts of its own items and the mail whose subject names its run.
 */
@PlannerContextTest
class AlertDeliveryTest {

    static GreenMail smtp;

    private static final String MANAGER = "manager@demo.invalid";

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
    MailQueue mailQueue;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.quartz.Scheduler scheduler;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    private static final LocalDate DUE = LocalDate.of(2027, 1, 4);

    /** This test's mark, in its deadlines' item ids and titles (so in its alerts and its mails' subjects). */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** The owner of this test's deadlines: a planner of its own, who receives nothing but this test's alerts. */
    private UserAccount owner;

    @BeforeEach
    void start() {
        smtp = AlertTestSupport.smtp();
        owner = AlertTestSupport.newUser(users, Role.PLANNER);
        AlertTestSupport.awaitNoSweep(scheduler);
        clock.set(AlertTestSupport.START);
    }

    /** A test may have stopped the server to make sending fail: the next test's mail needs it. */
    @AfterEach
    void serverBack() {
        AlertTestSupport.startMailServer();
    }

    private Deadline deadline(String item, LocalDate due) {
        return new Deadline(
                DeadlineKind.PLAN_TEST,
                run + "-" + item,
                "Test of plan " + item + " " + run,
                due,
                owner.username(),
                Set.of("plan:" + run + "-" + item),
                "plans/" + item);
    }

    /** The mail of this test's alerts that reached this address. */
    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address) && subject(m).contains(run))
                .toList();
    }

    /**
     * The mail of this test's alerts to the demo manager and to the owner (every manager is told: other tests make
     * managers of their own, whose mail this test does not count).
     */
    private List<MimeMessage> ourMail() {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(run)
                        && (recipients(m).contains(MANAGER) || recipients(m).contains(owner.email())))
                .toList();
    }

    /** This test's rows of the outbox to the demo manager and to its owner, matching the condition. */
    private long outboxRows(String condition) {
        return jdbc.sql("select count(*) from mail_outbox where recipient in (?, ?) and alert_id in "
                        + "(select id from alert where item_id like ?) and (" + condition + ")")
                .params(MANAGER, owner.email(), run + "-%")
                .query(Long.class)
                .single();
    }

    private long ourAlerts(String condition) {
        return jdbc.sql("select count(*) from alert where item_id like ? and (" + condition + ")")
                .param(run + "-%")
                .query(Long.class)
                .single();
    }

    private <T> T asOwner(Supplier<T> work) {
        return AlertTestSupport.as(accounts, owner.username(), work);
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
        assertThat(ourMail()).isEmpty();
        for (int lead : List.of(180, 90, 30, 7, 0)) {
            sweepAndSendOn(DUE.minusDays(lead));
            sweepAndSendOn(DUE.minusDays(lead)); // and again: still once
        }
        sweepAndSendOn(DUE.plusDays(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 6);
        List<MimeMessage> toManager = mailTo(MANAGER);
        assertThat(toManager).hasSize(6);
        assertThat(toManager.stream().map(AlertDeliveryTest::messageId).distinct())
                .hasSize(6);
        assertThat(mailTo(owner.email())).hasSize(6);
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
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 2);
        assertThat(mailTo(MANAGER))
                .hasSize(2)
                .extracting(AlertDeliveryTest::subject)
                .anyMatch(s -> s.contains("due in 20 days"))
                .noneMatch(s -> s.contains("due in 90 days"))
                .noneMatch(s -> s.contains("due in 30 days"));
    }

    @Test
    void theMailSaysTheRealTimeLeftNotTheThresholdPassed() {
        deadlines.deadlines.add(deadline("eleven", DUE));
        sweepAndSendOn(DUE.minusDays(11)); // first seen 11 days before: the 30-day threshold has passed
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 1);
        assertThat(mailTo(MANAGER)).hasSize(1);
        MimeMessage mail = mailTo(MANAGER).getFirst();
        assertThat(subject(mail)).endsWith("(due in 11 days)");
        assertThat(body(mail)).contains("(due in 11 days)").doesNotContain("30 days");

        sweepAndSendOn(DUE.plusDays(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 2);
        assertThat(mailTo(MANAGER))
                .hasSize(2)
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
        List<OutboxEntry> ours = ourEntries();
        assertThat(ours).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(MANAGER, owner.email());
        assertThat(ours).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("FAILED");
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.lastError()).isNotBlank();
        });
        clock.advance(Duration.ofHours(6));
        outbox.sendDue();
        assertThat(ourEntries()).as("a failed message is not retried by itself").allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("FAILED");
            assertThat(e.attempts()).isEqualTo(2);
        });

        smtp = AlertTestSupport.startMailServer();
        OutboxEntry toManager = ourEntries().stream()
                .filter(e -> e.recipient().equals(MANAGER))
                .findFirst()
                .orElseThrow();
        alerts.retryFailedMail(toManager.id());
        assertThatThrownBy(() -> alerts.retryFailedMail(toManager.id())).isInstanceOf(InvalidInputException.class);
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 1);
        assertThat(mailTo(MANAGER))
                .singleElement()
                .satisfies(m -> assertThat(messageId(m)).isEqualTo(toManager.messageId()));
        assertThat(mailTo(owner.email())).as("only the message retried is sent").isEmpty();
        assertThat(ourEntries())
                .filteredOn(e -> e.recipient().equals(owner.email()))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("FAILED"));
    }

    /** This test's messages to the demo manager and the owner, as the administrators' outbox page shows them. */
    private List<OutboxEntry> ourEntries() {
        return alerts.outbox(1000).stream()
                .filter(e -> e.subject().contains(run)
                        && (e.recipient().equals(MANAGER) || e.recipient().equals(owner.email())))
                .toList();
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
        String managersMessage = "recipient = ? and alert_id in (select id from alert where item_id like ?)";
        jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ?, claimed_by = 'dead-node' where "
                        + managersMessage)
                .params(clock.instant(), MANAGER, run + "-%")
                .update();
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(owner.email()).size() == 1);
        assertThat(mailTo(MANAGER)).as("a live claim is respected").isEmpty();

        clock.advance(java.time.Duration.ofMinutes(5).plusSeconds(1)); // the restart, after the claim expired
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 1);
        assertThat(mailTo(MANAGER)).hasSize(1);
        String first = messageId(mailTo(MANAGER).getFirst());

        // Now the SMTP server accepted it but the node died before recording that: it is sent again, same id.
        jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ? where " + managersMessage)
                .params(clock.instant(), MANAGER, run + "-%")
                .update();
        clock.advance(java.time.Duration.ofMinutes(5).plusSeconds(1));
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 2);
        assertThat(mailTo(MANAGER)).extracting(AlertDeliveryTest::messageId).containsExactly(first, first);
        outbox.sendDue();
        assertThat(mailTo(MANAGER)).hasSize(2);
        assertThat(mailTo(owner.email()))
                .as("the owner's message was never in doubt")
                .hasSize(1);
    }

    /**
     * Messages go to the mail server in batches over one connection; one that cannot be sent (here an invitation whose
     * calendar part has a malformed method) fails alone, and the rest of its batch is sent.
     */
    @Test
    void aMessageThatCannotBeSentFailsAloneAndTheRestOfItsBatchIsSent() {
        String address = "batch-" + run + "@example.org";
        transactions.executeWithoutResult(tx -> {
            mailQueue.queue("<" + run + ".1@batch>", address, "First " + run, "One", null);
            mailQueue.queue(
                    "<" + run + ".2@batch>",
                    address,
                    "Second " + run,
                    "Two",
                    new MailQueue.CalendarPart("REQUEST\"", "BEGIN:VCALENDAR"));
            mailQueue.queue("<" + run + ".3@batch>", address, "Third " + run, "Three", null);
        });

        outbox.sendDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(address).size() >= 2);
        assertThat(mailTo(address))
                .extracting(AlertDeliveryTest::messageId)
                .containsExactlyInAnyOrder("<" + run + ".1@batch>", "<" + run + ".3@batch>");
        assertThat(jdbc.sql("select message_id, status, attempts, last_error is not null from mail_outbox "
                                + "where recipient = ? order by message_id")
                        .param(address)
                        .query((rs, n) ->
                                rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getBoolean(4))
                        .list())
                .containsExactly(
                        "<" + run + ".1@batch> SENT 1 false",
                        "<" + run + ".2@batch> PENDING 1 true",
                        "<" + run + ".3@batch> SENT 1 false");
    }

    @Test
    void anSmtpOutageIsRetriedAndEverythingArrivesOnce() {
        smtp.stop();
        deadlines.deadlines.add(deadline("outage-a", DUE));
        deadlines.deadlines.add(deadline("outage-b", DUE.plusDays(1)));
        clock.setDate(DUE.minusDays(7));
        sweep.run();
        outbox.sendDue();
        assertThat(outboxRows("status = 'PENDING' and attempts = 1 and last_error is not null"))
                .isEqualTo(4);

        smtp = AlertTestSupport.startMailServer();
        outbox.sendDue();
        assertThat(ourMail()).as("not before the back-off").isEmpty();
        clock.advance(MailOutbox.BACK_OFF.getFirst().plusSeconds(1));
        outbox.sendDue();
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> ourMail().size() >= 4);
        assertThat(ourMail()).hasSize(4);
        assertThat(mailTo(MANAGER)).hasSize(2);
        assertThat(mailTo(owner.email())).hasSize(2);
        assertThat(ourMail().stream().map(AlertDeliveryTest::messageId).distinct())
                .hasSize(4);
        assertThat(outboxRows("status = 'SENT'")).isEqualTo(4);
    }

    @Test
    void aWeeklyDigestGathersTheWeeksAlertsInOneEmail() {
        asOwner(() -> {
            alerts.setMyPreference(true, true);
            return null;
        });
        deadlines.deadlines.add(deadline("digest-a", DUE));
        deadlines.deadlines.add(deadline("digest-b", DUE.plusDays(2)));
        clock.setDate(DUE.minusDays(30));
        sweep.run();
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(MANAGER).size() >= 2);
        assertThat(mailTo(owner.email()))
                .as("no immediate mail for a digest reader")
                .isEmpty();

        LocalDate monday = LocalDate.of(2026, 12, 7);
        clock.setDate(monday);
        assertThat(digest.run()).as("at least this owner's digest").isPositive();
        digest.run(); // a second run in the same week makes no second digest
        outbox.sendDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> digestsTo(owner.email()).size() >= 1);
        assertThat(digestsTo(owner.email())).hasSize(1);
        MimeMessage theDigest = digestsTo(owner.email()).getFirst();
        assertThat(body(theDigest)).contains("Test of plan digest-a " + run).contains("Test of plan digest-b " + run);
        assertThat(messageId(theDigest)).isEqualTo(WeeklyDigest.messageId(owner.username(), monday));
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(owner.email())
                        .query(Long.class)
                        .single())
                .as("one message for the owner: the digest")
                .isOne();
    }

    private List<MimeMessage> digestsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address) && subject(m).contains("Weekly alert digest"))
                .toList();
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
        List<String> toldOfSecond = told("late", "ESCALATION2");
        assertThat(toldOfSecond)
                .contains("admin")
                .allSatisfy(name -> assertThat(
                                users.findByUsername(name).orElseThrow().role())
                        .isEqualTo(Role.ADMIN));
        assertThat(told("late", "ESCALATION1"))
                .contains("manager")
                .allSatisfy(name -> assertThat(
                                users.findByUsername(name).orElseThrow().role())
                        .isEqualTo(Role.MANAGER));
    }

    private List<String> told(String item, String threshold) {
        return jdbc.sql("select n.username from alert_notification n join alert a on a.id = n.alert_id "
                        + "where a.item_id = ? and a.threshold = ?")
                .params(run + "-" + item, threshold)
                .query(String.class)
                .list();
    }

    @Test
    void anAcknowledgedOverdueItemDoesNotEscalateAndUsersSeeOnlyTheirOwnAlerts() {
        deadlines.deadlines.add(deadline("acknowledged", DUE));
        clock.setDate(DUE.plusDays(1));
        sweep.run();
        assertThat(asOwner(alerts::unreadCount)).isEqualTo(1);
        AlertItem mine = asOwner(() -> alerts.myAlerts(true, null)).getFirst();
        asOwner(() -> {
            alerts.acknowledge(mine.notificationId());
            return null;
        });
        assertThat(asOwner(alerts::unreadCount)).isZero();
        clock.setDate(DUE.plusDays(30));
        sweep.run();
        assertThat(thresholds("acknowledged")).containsExactly("OVERDUE");

        long managersNotification = jdbc.sql("select n.id from alert_notification n join alert a on a.id = n.alert_id "
                        + "where n.username = 'manager' and a.item_id = ?")
                .param(run + "-acknowledged")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> asOwner(() -> {
                    alerts.acknowledge(managersNotification);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asOwner(() -> alerts.myAlerts(false, null))).hasSize(1);
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
        assertThat(outboxRows("status = 'CANCELLED'")).isEqualTo(2);
        assertThat(ourAlerts("superseded = false")).isZero();

        deadlines.deadlines.set(0, original);
        sweep.run();
        assertThat(ourAlerts("true")).isEqualTo(1);
        assertThat(ourAlerts("superseded = false")).isEqualTo(1);
        assertThat(outboxRows("status = 'PENDING'")).isEqualTo(2);

        deadlines.deadlines.clear(); // done: it stops alerting
        sweep.run();
        clock.setDate(DUE.plusDays(3));
        sweep.run();
        assertThat(ourAlerts("superseded = false")).isZero();
        assertThat(outboxRows("status = 'CANCELLED'")).isEqualTo(2);
    }

    @Test
    void twoNodesSweepingAtOnceMakeEachAlertOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            deadlines.deadlines.add(deadline("race-" + i, DUE.plusDays(i % 3)));
        }
        clock.setDate(DUE.minusDays(7));
        List<Deadline> ours = List.copyOf(deadlines.deadlines);
        deadlines.deadlines.clear();
        sweep.run(); // the application's own deadlines due this day first, so that the race makes only this test's
        deadlines.deadlines.addAll(ours);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> sweep.run());
            var second = pool.submit(() -> sweep.run());
            int made = first.get().alertsMade() + second.get().alertsMade();
            assertThat(made).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(ourAlerts("true")).isEqualTo(20);
        assertThat(outboxRows("recipient = '" + MANAGER + "'")).isEqualTo(20);
        assertThat(outboxRows("recipient <> '" + MANAGER + "'")).isEqualTo(20);
        assertThat(jdbc.sql("select count(distinct message_id) from mail_outbox where alert_id in "
                                + "(select id from alert where item_id like ?)")
                        .param(run + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from mail_outbox where alert_id in "
                                + "(select id from alert where item_id like ?)")
                        .param(run + "-%")
                        .query(Long.class)
                        .single());
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
                .param(run + "-" + item)
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

package uk.gov.halton.planner.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.domain.AlertRetention;
import uk.gov.halton.planner.alerts.domain.AlertStore;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Old delivered mail and old withdrawn alerts are deleted; what is active, failed or waiting stays. The rows are the
 * test's own (their keys and Message-IDs carry its run); other tests' rows are younger than the retention.
 */
@PlannerContextTest
class AlertRetentionTest {

    @Autowired
    AlertStore store;

    @Autowired
    AlertRetention retention;

    @Autowired
    AlertService alerts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    org.quartz.Scheduler scheduler;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** Every sweep purges after it: one that another test asked for must not purge under this test's clock. */
    @BeforeEach
    void noSweepUnderWay() {
        AlertTestSupport.awaitNoSweep(scheduler);
    }

    @Test
    void deliveredMailAndWithdrawnAlertsGoAfterTheRetentionTheRestStays() {
        Instant longAgo = Instant.parse("2024-01-10T09:00:00Z");
        clock.set(longAgo.plus(Duration.ofDays(401)));

        long withdrawnAndSent = alert("withdrawn-sent", longAgo);
        mail(withdrawnAndSent, "SENT", longAgo);
        store.supersede(withdrawnAndSent);
        long withdrawnWithFailedMail = alert("withdrawn-failed", longAgo);
        mail(withdrawnWithFailedMail, "FAILED", longAgo);
        store.supersede(withdrawnWithFailedMail);
        long active = alert("active", longAgo);
        mail(active, "SENT", longAgo);
        long recentWithdrawn = alert("recent", longAgo.plus(Duration.ofDays(300)));
        store.supersede(recentWithdrawn);

        AlertRetention.Purged purged = retention.purge();

        assertThat(purged.alerts()).isGreaterThanOrEqualTo(1);
        assertThat(exists("alert", withdrawnAndSent))
                .as("withdrawn, its mail sent long ago")
                .isFalse();
        assertThat(exists("alert", withdrawnWithFailedMail))
                .as("its failed mail is kept, so is it")
                .isTrue();
        assertThat(exists("alert", active)).as("still active").isTrue();
        assertThat(exists("alert", recentWithdrawn))
                .as("withdrawn within the retention")
                .isTrue();
        assertThat(mailsOf(active)).as("sent long ago").isZero();
        assertThat(mailsOf(withdrawnWithFailedMail))
                .as("failed mail waits for an administrator")
                .isOne();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theOutboxPageReadsOnlyTheNewestMessagesAndFiltersInTheDatabase() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        long alert = alert("outbox", clock.instant());
        for (int i = 0; i < 5; i++) {
            mail(alert, i == 1 ? "FAILED" : "PENDING", clock.instant());
        }

        assertThat(alerts.outbox(3))
                .hasSize(3)
                .extracting(OutboxEntry::id)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(alerts.outbox(1000, true))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo("FAILED"))
                .anySatisfy(e -> assertThat(e.messageId()).contains(run));
    }

    private long alert(String item, Instant at) {
        Deadline d = new Deadline(
                DeadlineKind.ACTION,
                run + "-" + item,
                "Retention " + item,
                LocalDate.ofInstant(at, clock.getZone()).plusDays(30),
                null,
                Set.of(),
                "exercises/1");
        long id = store.insert(d, "D30", at);
        store.notify(id, "manager", false);
        return id;
    }

    private void mail(long alertId, String status, Instant at) {
        store.enqueueMail(
                "<" + UUID.randomUUID() + "-" + run + "@test>", "manager@demo.invalid", "Subject", "Body", alertId, at);
        jdbc.sql("update mail_outbox set status = ? where id = (select max(id) from mail_outbox where alert_id = ?)")
                .params(status, alertId)
                .update();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long mailsOf(long alertId) {
        return jdbc.sql("select count(*) from mail_outbox where alert_id = ?")
                .param(alertId)
                .query(Long.class)
                .single();
    }
}

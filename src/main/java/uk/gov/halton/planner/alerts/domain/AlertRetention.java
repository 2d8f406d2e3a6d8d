package uk.gov.halton.planner.alerts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.DatabaseTime;

/**
 * Keeps the alert tables and the mail outbox from growing for ever: mail sent or cancelled, and alerts withdrawn
 * (their deadline moved or was met), are deleted once older than {@code planner.alerts.retention} (default 400
 * days, so a year's history stays visible). Active alerts, failed or waiting mail and the alerts that mail belongs
 * to are kept whatever their age. Runs after each daily sweep.
 */
@Component
public class AlertRetention {

    private static final Logger log = LoggerFactory.getLogger(AlertRetention.class);

    public record Purged(int mails, int alerts) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    AlertRetention(JdbcClient jdbc, Clock clock, AlertProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = properties.alerts().retention();
    }

    @Transactional
    public Purged purge() {
        java.time.OffsetDateTime cutoff = DatabaseTime.of(Instant.now(clock).minus(retention));
        int mails = jdbc.sql("delete from mail_outbox where status in ('SENT', 'CANCELLED') and created_at < ?")
                .param(cutoff)
                .update();
        String old = """
                select a.id from alert a where a.superseded = true and a.created_at < ?
                and not exists (select 1 from mail_outbox m where m.alert_id = a.id)""";
        jdbc.sql("delete from alert_notification where alert_id in (" + old + ")")
                .param(cutoff)
                .update();
        int alerts = jdbc.sql("delete from alert where id in (" + old + ")")
                .param(cutoff)
                .update();
        if (mails > 0 || alerts > 0) {
            log.info(
                    "Alert retention: {} sent or cancelled mails and {} withdrawn alerts older than {} deleted",
                    mails,
                    alerts,
                    retention);
        }
        return new Purged(mails, alerts);
    }
}

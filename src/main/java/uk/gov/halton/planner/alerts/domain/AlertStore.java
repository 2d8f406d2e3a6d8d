package uk.gov.halton.planner.alerts.domain;

import uk.gov.halton.planner.base.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The alert tables, in plain SQL: the unique idempotency key is what makes an alert exactly once. */
@Component
public class AlertStore {

    public record ActiveAlert(long id, String kind, String itemId, LocalDate dueDate, String threshold, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String idempotencyKey(Deadline d, String threshold) {
        return d.kind().name() + "|" + d.itemId() + "|" + d.dueDate() + "|" + threshold;
    }

    public boolean exists(Deadline d, String threshold) {
        return jdbc.sql("select count(*) from alert where idempotency_key = ?").param(idempotencyKey(d, threshold))
                .query(Long.class).single() > 0;
    }

    /** Inserts the alert; a second insert of the same key fails on the unique constraint. */
    public long insert(Deadline d, String threshold, Instant now) {
        jdbc.sql("""
                insert into alert (idempotency_key, kind, item_id, title, link, due_date, threshold, created_at, superseded)
                values (?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(idempotencyKey(d, threshold), d.kind().name(), d.itemId(), d.title(), d.link(), d.dueDate(),
                        threshold, DatabaseTime.of(now))
                .update();
        return jdbc.sql("select id from alert where idempotency_key = ?").param(idempotencyKey(d, threshold))
                .query(Long.class).single();
    }

    public void notify(long alertId, String username, boolean forDigest) {
        jdbc.sql("insert into alert_notification (alert_id, username, for_digest) values (?, ?, ?)")
                .params(alertId, username, forDigest).update();
    }

    public void enqueueMail(String messageId, String recipient, String subject, String body, Long alertId, Instant now) {
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at, alert_id, created_at)
                values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
                .params(messageId, recipient, subject, body, DatabaseTime.of(now), alertId, DatabaseTime.of(now)).update();
    }

    public List<ActiveAlert> activeAlerts() {
        return jdbc.sql("select id, kind, item_id, due_date, threshold, created_at from alert where superseded = false")
                .query((rs, n) -> new ActiveAlert(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * A deadline moved back to a date it had before: its alert for this threshold comes back, with any mail for it
     * that had been cancelled, so that moving a date and moving it back leaves neither a duplicate nor a gap.
     */
    public boolean revive(Deadline d, String threshold) {
        int revived = jdbc.sql("update alert set superseded = false where idempotency_key = ? and superseded = true")
                .param(idempotencyKey(d, threshold)).update();
        if (revived > 0) {
            jdbc.sql("update mail_outbox set status = 'PENDING' where status = 'CANCELLED' "
                    + "and alert_id = (select id from alert where idempotency_key = ?)")
                    .param(idempotencyKey(d, threshold)).update();
        }
        return revived > 0;
    }

    /** The deadline moved or is done: its alert stops, and mail not yet sent for it is cancelled. */
    public void supersede(long alertId) {
        jdbc.sql("update alert set superseded = true where id = ?").param(alertId).update();
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where alert_id = ? and status = 'PENDING'")
                .param(alertId).update();
    }

    public Optional<Instant> createdAt(Deadline d, String threshold) {
        return jdbc.sql("select created_at from alert where idempotency_key = ?").param(idempotencyKey(d, threshold))
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).optional();
    }

    /** Whether anyone acknowledged any alert of this deadline at this due date. */
    public boolean acknowledged(Deadline d) {
        return jdbc.sql("""
                select count(*) from alert_notification n join alert a on a.id = n.alert_id
                where a.kind = ? and a.item_id = ? and a.due_date = ? and n.acknowledged_at is not null""")
                .params(d.kind().name(), d.itemId(), d.dueDate()).query(Long.class).single() > 0;
    }
}

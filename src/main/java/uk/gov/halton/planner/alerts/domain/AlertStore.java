package uk.gov.halton.planner.alerts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.base.DatabaseTime;

/** The alert tables, in plain SQL: the unique idempotency key is what makes an alert exactly once. */
@Component
public class AlertStore {

    /** An alert as the sweep needs to know it. */
    public record KnownAlert(
            long id, String kind, String itemId, LocalDate dueDate, Instant createdAt, boolean superseded) {}

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String idempotencyKey(Deadline d, String threshold) {
        return deadlineKey(d) + "|" + threshold;
    }

    /** One deadline at one due date: kind, item and date. */
    public static String deadlineKey(Deadline d) {
        return d.kind().name() + "|" + d.itemId() + "|" + d.dueDate();
    }

    /** Inserts the alert; a second insert of the same key fails on the unique constraint. */
    public long insert(Deadline d, String threshold, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into alert (idempotency_key, kind, item_id, title, link, due_date, threshold, created_at, superseded)
                values (?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(
                        idempotencyKey(d, threshold),
                        d.kind().name(),
                        d.itemId(),
                        d.title(),
                        d.link(),
                        d.dueDate(),
                        threshold,
                        DatabaseTime.of(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public void notify(long alertId, String username, boolean forDigest) {
        jdbc.sql("insert into alert_notification (alert_id, username, for_digest) values (?, ?, ?)")
                .params(alertId, username, forDigest)
                .update();
    }

    public void enqueueMail(
            String messageId, String recipient, String subject, String body, Long alertId, Instant now) {
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at, alert_id, created_at)
                values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
                .params(messageId, recipient, subject, body, DatabaseTime.of(now), alertId, DatabaseTime.of(now))
                .update();
    }

    /**
     * Queues a message, with an optional iCalendar part, unless its Message-ID is queued already; returns whether it
     * was queued.
     */
    public boolean enqueueMailOnce(
            String messageId,
            String recipient,
            String subject,
            String body,
            String calendarMethod,
            String calendar,
            Instant now) {
        boolean known = jdbc.sql("select count(*) from mail_outbox where message_id = ?")
                        .param(messageId)
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at,
                                         created_at, calendar_method, calendar)
                values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""")
                .params(
                        messageId,
                        recipient,
                        subject,
                        body,
                        DatabaseTime.of(now),
                        DatabaseTime.of(now),
                        calendarMethod,
                        calendar)
                .update();
        return true;
    }

    /**
     * The alerts a sweep must know, by idempotency key, in one query so that a sweep asks nothing per deadline: every
     * active one (an active alert whose deadline moved or closed is withdrawn), and the withdrawn ones due within
     * {@code from} to {@code to}, the span of today's open deadlines (a deadline moved back to an earlier date
     * revives its old alert). Withdrawn alerts outside that span can concern no open deadline, so the sweep reads
     * what is open now, not every alert ever made.
     */
    public Map<String, KnownAlert> known(LocalDate from, LocalDate to) {
        Map<String, KnownAlert> byKey = new HashMap<>();
        jdbc.sql("""
                select idempotency_key, id, kind, item_id, due_date, created_at, superseded from alert
                where superseded = false or due_date between :from and :to""").param("from", from).param("to", to).query(rs -> {
            byKey.put(
                    rs.getString(1),
                    new KnownAlert(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getBoolean(7)));
        });
        return byKey;
    }

    /** The deadlines (as {@link #deadlineKey}) due from {@code from} on of which somebody acknowledged an alert. */
    public Set<String> acknowledgedDeadlines(LocalDate from) {
        Set<String> keys = new HashSet<>();
        jdbc.sql("""
                select distinct a.kind, a.item_id, a.due_date from alert_notification n join alert a on a.id = n.alert_id
                where n.acknowledged_at is not null and a.due_date >= :from""").param("from", from).query(rs -> {
            keys.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3, LocalDate.class));
        });
        return keys;
    }

    /**
     * A deadline moved back to a date it had before: its alert for this threshold comes back, with any mail for it
     * that had been cancelled, so that moving a date and moving it back leaves neither a duplicate nor a gap.
     */
    public boolean revive(Deadline d, String threshold) {
        int revived = jdbc.sql("update alert set superseded = false where idempotency_key = ? and superseded = true")
                .param(idempotencyKey(d, threshold))
                .update();
        if (revived > 0) {
            jdbc.sql("update mail_outbox set status = 'PENDING' where status = 'CANCELLED' "
                            + "and alert_id = (select id from alert where idempotency_key = ?)")
                    .param(idempotencyKey(d, threshold))
                    .update();
        }
        return revived > 0;
    }

    /**
     * The deadline moved or is done: its alert stops, and mail not yet sent for it is cancelled. Returns the users it
     * had been shown to, whose unread counts change.
     */
    public java.util.List<String> supersede(long alertId) {
        jdbc.sql("update alert set superseded = true where id = ?")
                .param(alertId)
                .update();
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where alert_id = ? and status = 'PENDING'")
                .param(alertId)
                .update();
        return jdbc.sql("select username from alert_notification where alert_id = ?")
                .param(alertId)
                .query(String.class)
                .list();
    }
}

package uk.gov.halton.planner.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.domain.AlertPreference;
import uk.gov.halton.planner.alerts.domain.AlertPreferences;
import uk.gov.halton.planner.alerts.domain.JdbcSubscriptions;
import uk.gov.halton.planner.alerts.domain.SweepTriggers;
import uk.gov.halton.planner.alerts.mail.MailOutbox;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlannerZone;

/** The signed-in user's alerts and settings; a user only ever sees and acknowledges their own. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AlertService {

    public record Preference(boolean emailEnabled, boolean weeklyDigest) {}

    private final JdbcClient jdbc;
    private final AlertPreferences preferences;
    private final JdbcSubscriptions subscriptions;
    private final ObjectProvider<DeadlineProvider> providers;
    private final SweepTriggers sweepTriggers;
    private final MailOutbox outbox;
    private final Clock clock;

    AlertService(
            JdbcClient jdbc,
            AlertPreferences preferences,
            JdbcSubscriptions subscriptions,
            ObjectProvider<DeadlineProvider> providers,
            SweepTriggers sweepTriggers,
            MailOutbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.providers = providers;
        this.sweepTriggers = sweepTriggers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Today in Europe/London, by the application's clock: what "due in 11 days" is counted from. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return clock.instant().atZone(PlannerZone.zone()).toLocalDate();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("""
                select count(*) from alert_notification n join alert a on a.id = n.alert_id
                where n.username = ? and n.read_at is null and n.acknowledged_at is null and a.superseded = false""").param(me()).query(Long.class).single();
    }

    /**
     * The user's alerts, newest first; optionally only the open ones (not acknowledged, and not withdrawn because the
     * item was done or its date moved), or of one kind.
     */
    @Transactional(readOnly = true)
    public List<AlertItem> myAlerts(boolean openOnly, DeadlineKind kind) {
        return jdbc.sql("""
                select n.id, a.id, a.kind, a.title, a.link, a.due_date, a.threshold, a.created_at, n.read_at,
                       n.acknowledged_at, a.superseded
                from alert_notification n join alert a on a.id = n.alert_id
                where n.username = :user and (:openOnly = false or (n.acknowledged_at is null and a.superseded = false))
                  and (:kind is null or a.kind = :kind)
                order by a.created_at desc, a.id desc""")
                .param("user", me())
                .param("openOnly", openOnly)
                .param("kind", kind == null ? null : kind.name())
                .query(AlertService::item)
                .list();
    }

    public void markRead(long notificationId) {
        jdbc.sql("update alert_notification set read_at = ? where id = ? and username = ? and read_at is null")
                .params(DatabaseTime.of(clock.instant()), notificationId, me())
                .update();
    }

    public void acknowledge(long notificationId) {
        int changed = jdbc.sql("""
                update alert_notification set acknowledged_at = ?, read_at = coalesce(read_at, ?)
                where id = ? and username = ? and acknowledged_at is null""")
                .params(DatabaseTime.of(clock.instant()), DatabaseTime.of(clock.instant()), notificationId, me())
                .update();
        if (changed == 0 && !mine(notificationId)) {
            throw new InvalidInputException("alert", "That alert is not yours.");
        }
    }

    public int acknowledgeAll() {
        return jdbc.sql("""
                update alert_notification set acknowledged_at = ?, read_at = coalesce(read_at, ?)
                where username = ? and acknowledged_at is null""")
                .params(DatabaseTime.of(clock.instant()), DatabaseTime.of(clock.instant()), me())
                .update();
    }

    @Transactional(readOnly = true)
    public Preference myPreference() {
        return preferences
                .findById(me())
                .map(p -> new Preference(p.isEmailEnabled(), p.isWeeklyDigest()))
                .orElse(new Preference(true, false));
    }

    public void setMyPreference(boolean emailEnabled, boolean weeklyDigest) {
        AlertPreference p = preferences.findById(me()).orElseGet(() -> preferences.save(new AlertPreference(me())));
        p.setEmailEnabled(emailEnabled);
        p.setWeeklyDigest(weeklyDigest);
    }

    /** Everything one can subscribe to (plans, sites), by subject key, with a label. */
    @Transactional(readOnly = true)
    public Map<String, String> subjects() {
        Map<String, String> all = new LinkedHashMap<>();
        providers.orderedStream().forEach(p -> all.putAll(p.subjects()));
        return all;
    }

    @Transactional(readOnly = true)
    public Set<String> mySubscriptions() {
        return subscriptions.subjectsOf(me());
    }

    public void subscribe(String subject) {
        if (!subjects().containsKey(subject)) {
            throw new InvalidInputException("subject", "There is nothing to subscribe to called " + subject + ".");
        }
        subscriptions.subscribe(me(), subject);
    }

    public void unsubscribe(String subject) {
        subscriptions.unsubscribe(me(), subject);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxEntry> outbox(int limit) {
        return outbox(limit, false);
    }

    /** The newest {@code limit} messages (only the failed ones when asked), limited in the database, not here. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxEntry> outbox(int limit, boolean failedOnly) {
        return jdbc.sql("""
                select id, message_id, recipient, subject, status, attempts, created_at, next_attempt_at, sent_at, last_error
                from mail_outbox where (:all or status = 'FAILED') order by id desc fetch first :limit rows only""")
                .param("all", !failedOnly)
                .param("limit", Math.max(0, limit))
                .query((rs, n) -> new OutboxEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        instant(rs, 7),
                        instant(rs, 8),
                        instant(rs, 9),
                        rs.getString(10)))
                .list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public boolean mailServerConfigured() {
        return outbox.hasMailServer();
    }

    /**
     * Makes what is waiting due now and sends it on a thread of its own (never the caller's, which may be a screen's);
     * returns how many messages were made due. Not in a transaction: the sending thread must see the change.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public int sendNow() {
        int due = jdbc.sql("update mail_outbox set next_attempt_at = ? where status = 'PENDING'")
                .param(DatabaseTime.of(clock.instant()))
                .update();
        Thread.ofVirtual().name("outbox-send-now").start(outbox::sendDue);
        return due;
    }

    /** Sends a message the outbox gave up on again, from its first attempt. */
    @PreAuthorize("hasRole('ADMIN')")
    public void retryFailedMail(long outboxId) {
        if (!outbox.retry(outboxId)) {
            throw new InvalidInputException("outbox", "That message has not failed, or was retried already.");
        }
    }

    /** Asks Quartz to sweep now; the sweep runs on a Quartz thread and its result shows on the scheduled jobs page. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public void sweepNow() {
        sweepTriggers.sweepSoon("an administrator asked");
    }

    private boolean mine(long notificationId) {
        return jdbc.sql("select count(*) from alert_notification where id = ? and username = ?")
                        .params(notificationId, me())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static AlertItem item(ResultSet rs, int row) throws SQLException {
        return new AlertItem(
                rs.getLong(1),
                rs.getLong(2),
                DeadlineKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                instant(rs, 8),
                instant(rs, 9),
                instant(rs, 10),
                rs.getBoolean(11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

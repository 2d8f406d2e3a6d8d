package uk.gov.halton.planner.exercises;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records what the scheduled jobs publish, once per (kind, item, due date, threshold), until the alerts module
 * consumes the events itself; administrators read the log.
 */
@Service
public class ScheduledEventLog {

    public static final String DEADLINE = "DEADLINE_";
    public static final String EXERCISE_TOMORROW = "EXERCISE_TOMORROW";
    public static final String PROGRAMME_AT_RISK = "PROGRAMME_AT_RISK";

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledEventLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(DeadlineApproaching e) {
        String when = e.thresholdDays() == 0 ? "is due on or before today" : "is due within " + e.thresholdDays() + " days";
        record(DEADLINE + e.kind().name(), e.itemId(), e.dueDate(), e.thresholdDays(), e.title(),
                e.kind().label() + ": " + e.title() + " " + when + " (" + e.dueDate() + ").");
    }

    @EventListener
    void on(ExerciseTomorrow e) {
        record(EXERCISE_TOMORROW, String.valueOf(e.exerciseId()), e.startsAt().toLocalDate(), 1, e.name(),
                "Exercise tomorrow: " + e.name() + " at " + e.startsAt().toLocalTime()
                        + (e.location() == null ? "" : ", " + e.location()) + ".");
    }

    @EventListener
    void on(ProgrammeAtRisk e) {
        record(PROGRAMME_AT_RISK, e.financialYear().label(), e.financialYear().end(), e.thresholdDays(),
                "Programme " + e.financialYear().label(), e.message());
    }

    /** Records one event; returns false when it was already recorded. */
    boolean record(String kind, String itemId, LocalDate due, int threshold, String title, String message) {
        if (count(kind, itemId, due, threshold) > 0) {
            return false;
        }
        try {
            jdbc.sql("insert into scheduled_event_log (kind, item_id, due_on, threshold_days, title, message, "
                            + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(kind, itemId, due, threshold, cut(title, 300), cut(message, 1000), OffsetDateTime.now(clock))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            // Another node recorded it between the check and the insert: the unique key keeps it once.
            return false;
        }
    }

    /** The newest events first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ScheduledEvent> latest(int limit) {
        return query(limit);
    }

    /** For other modules (alerts) and jobs: no user is signed in there. */
    public List<ScheduledEvent> query(int limit) {
        return jdbc.sql("select * from scheduled_event_log order by recorded_at desc, id desc limit ?").param(limit)
                .query((rs, n) -> new ScheduledEvent(rs.getLong("id"), rs.getString("kind"), rs.getString("item_id"),
                        rs.getObject("due_on", LocalDate.class), rs.getInt("threshold_days"), rs.getString("title"),
                        rs.getString("message"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public long count(String kind, String itemId, LocalDate due, int threshold) {
        return jdbc.sql("select count(*) from scheduled_event_log where kind = ? and item_id = ? and due_on = ? "
                        + "and threshold_days = ?")
                .params(kind, itemId, due, threshold).query(Long.class).single();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.LogEntry;

/**
 * An entry of the exercise-day log. {@code clientKey} is made by the page for each entry typed, so that sending the
 * same entry again after a dropped connection stores it once.
 */
@Entity
@Table(name = "exercise_log_entry")
public class LogEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long exerciseId;

    @Enumerated(EnumType.STRING)
    private LogEntry.Kind kind;

    private String text;
    private Instant loggedAt;
    private String loggedBy;
    private String clientKey;

    protected LogEntryEntity() {}

    public LogEntryEntity(
            long exerciseId, LogEntry.Kind kind, String text, Instant loggedAt, String loggedBy, String clientKey) {
        this.exerciseId = exerciseId;
        this.kind = kind;
        this.text = text;
        this.loggedAt = loggedAt;
        this.loggedBy = loggedBy;
        this.clientKey = clientKey;
    }

    public LogEntry toRecord() {
        return new LogEntry(id, exerciseId, kind, text, loggedAt.atZone(PlannerZone.zone()), loggedBy);
    }
}

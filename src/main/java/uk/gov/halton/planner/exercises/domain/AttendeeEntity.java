package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.halton.planner.exercises.Attendee;

/** Someone who attended an exercise. */
@Entity
@Table(name = "exercise_attendee")
public class AttendeeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long exerciseId;
    private String name;
    private String organisation;
    private String recordedBy;
    private Instant recordedAt;

    protected AttendeeEntity() {}

    public AttendeeEntity(long exerciseId, String name, String organisation, String recordedBy, Instant recordedAt) {
        this.exerciseId = exerciseId;
        this.name = name;
        this.organisation = organisation;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Attendee toRecord() {
        return new Attendee(id, exerciseId, name, organisation);
    }
}

package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.Inject;

/** An inject of an exercise's timeline. */
@Entity
@Table(name = "exercise_inject")
public class InjectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    private long exerciseId;
    private int position;
    private String plannedAt;
    private String inject;
    private String toWhom;
    private String expected;
    private Instant deliveredAt;
    private String deliveredBy;

    protected InjectEntity() {}

    public InjectEntity(
            long exerciseId, int position, String plannedAt, String inject, String toWhom, String expected) {
        this.exerciseId = exerciseId;
        this.position = position;
        this.plannedAt = plannedAt;
        this.inject = inject;
        this.toWhom = toWhom;
        this.expected = expected;
    }

    public void plan(String plannedAt, String inject, String toWhom, String expected) {
        this.plannedAt = plannedAt;
        this.inject = inject;
        this.toWhom = toWhom;
        this.expected = expected;
    }

    /** The first delivery stands: a second facilitator marking the same inject changes nothing. */
    public boolean deliver(Instant at, String by) {
        if (deliveredAt != null) {
            return false;
        }
        deliveredAt = at;
        deliveredBy = by;
        return true;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public int getPosition() {
        return position;
    }

    public Inject toRecord() {
        return new Inject(
                id,
                exerciseId,
                position,
                plannedAt,
                inject,
                toWhom,
                expected,
                deliveredAt == null ? null : deliveredAt.atZone(PlannerZone.zone()),
                deliveredBy);
    }
}

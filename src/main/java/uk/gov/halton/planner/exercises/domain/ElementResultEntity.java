package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.gov.halton.planner.exercises.ElementMark;
import uk.gov.halton.planner.exercises.ElementResult;

/** A plan element an exercise tests, and how well. */
@Entity
@Table(name = "exercise_element_result")
public class ElementResultEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    private long exerciseId;
    private String planId;
    private String elementKey;
    private String elementTitle;

    @Enumerated(EnumType.STRING)
    private ElementResult result;

    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected ElementResultEntity() {}

    public ElementResultEntity(long exerciseId, String planId, String elementKey) {
        this.exerciseId = exerciseId;
        this.planId = planId;
        this.elementKey = elementKey;
    }

    public void record(String title, ElementResult result, String note, String by, Instant at) {
        this.elementTitle = title;
        this.result = result;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public ElementMark toRecord() {
        return new ElementMark(id, exerciseId, planId, elementKey, elementTitle, result, note, recordedBy);
    }
}

package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.exercises.Lesson;

@Entity
@Table(name = "lesson")
@Audited
public class LessonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long exerciseId;

    @Enumerated(EnumType.STRING)
    private Lesson.Category category;

    private String planElement;
    private String lessonText;
    private LocalDate recordedOn;
    private String recordedBy;

    protected LessonEntity() {}

    public LessonEntity(
            Long exerciseId,
            Lesson.Category category,
            String planElement,
            String lessonText,
            LocalDate recordedOn,
            String recordedBy) {
        this.exerciseId = exerciseId;
        this.category = category;
        this.planElement = planElement;
        this.lessonText = lessonText;
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
    }

    public Lesson toRecord() {
        return new Lesson(id, exerciseId, category, planElement, lessonText, recordedOn, recordedBy);
    }

    public Long getExerciseId() {
        return exerciseId;
    }
}
